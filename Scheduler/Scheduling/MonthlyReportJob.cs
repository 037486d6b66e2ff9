using Microsoft.Extensions.Logging;
using Quartz;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;

namespace RiskReporting.Scheduler.Scheduling;

/// <summary>
/// The day-1 job. It reports the month before its <em>scheduled</em> fire time (Asia/Shanghai), so a
/// misfire handled days later still reports the right month, and it first runs, oldest first, every
/// earlier period since the first period that has no run at all (漏报). A period that already has a run
/// is left alone, so two triggers for one period make one run. Never two at once in the cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonthlyReportJob(IPeriodRunner runner, JobSettings settings, ILogger<MonthlyReportJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var reported = PeriodOf(scheduled);
        logger.JobFired(Logging.ShanghaiTimeLayoutRenderer.Format(context.FireTimeUtc), Logging.ShanghaiTimeLayoutRenderer.Format(scheduled), reported.ToString());
        try
        {
            foreach (var period in PeriodsToRun(settings.FirstPeriod, reported))
            {
                if (await runner.RunUnlessRunAsync(period, cancellationToken))
                {
                    logger.ScheduledRunDone(period.ToString(), Logging.ShanghaiTimeLayoutRenderer.Format(scheduled), period == reported ? "按计划 (scheduled)" : "补报漏报期次 (missed)");
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.ScheduledRunFailed(reported.ToString(), e.Message);
            throw new JobExecutionException($"{reported} 的月度运行 (monthly run) 失败 (failed)：{e.Message}", e);
        }
    }

    /// <summary>The month reported by a fire at this instant: the month before its day in Shanghai.</summary>
    public static ReportingPeriod PeriodOf(DateTimeOffset scheduledFireTime) => ReportingPeriod.ReportedOn(ReportingDeadline.ShanghaiDay(scheduledFireTime));

    /// <summary>From the first period (or the reported one, if later) up to the reported period, oldest first.</summary>
    public static IEnumerable<ReportingPeriod> PeriodsToRun(ReportingPeriod first, ReportingPeriod reported)
    {
        for (var period = first < reported ? first : reported; period <= reported; period = period.Next)
        {
            yield return period;
        }
    }
}
