using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Scheduling;

namespace RiskReporting.Scheduler.Scheduling;

/// <summary>
/// Hosts Quartz with a persistent ADO.NET job store (SQLite by default, PostgreSQL clustered), creating
/// Quartz's own tables on first start, and keeps the monthly trigger as configured: misfire policy
/// fire-once-now, so a scheduler that was down over day 1 runs the job once when it comes back.
/// </summary>
public sealed class SchedulerHost(SchedulerOptions options, ConnectionTarget store, IPeriodRunner runner, TimeProvider clock, ILoggerFactory loggers)
{
    public static readonly JobKey JobKey = new("monthly-report", "riskreport");
    public static readonly TriggerKey TriggerKey = new("monthly-report-trigger", "riskreport");

    public async Task<IScheduler> StartAsync(CancellationToken cancellationToken)
    {
        var instanceId = string.IsNullOrEmpty(options.InstanceId) ? $"{Environment.MachineName}-{Environment.ProcessId}" : options.InstanceId;
        var firstPeriod = ReportingPeriod.Parse(options.FirstPeriod);
        var builder = QuartzSchedulerBuilder.Create(q =>
        {
            q.UseTimeProvider(clock);
            q.Services.Configure<AdoJobStoreOptions>(o =>
            {
                o.MisfireThreshold = TimeSpan.FromSeconds(options.MisfireThresholdSeconds);
                // Named, not left to Quartz's default, because the engine's scheduler status reads these tables.
                o.TablePrefix = JobStore.TablePrefix;
            });
            q.UsePersistentStore(s =>
            {
                s.UseSystemTextJsonSerializer();
                s.ProvisionSchema();
                if (store.Kind == DatabaseKind.Postgres)
                {
                    s.UsePostgres(store.ConnectionString());
                    s.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(Math.Max(2, options.IdleWaitSeconds)));
                }
                else
                {
                    s.UseSqlite($"Data Source={store.Value}");
                }
            });
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = JobStore.SchedulerName;
                o.InstanceId = instanceId;
                o.IdleWaitTime = TimeSpan.FromSeconds(options.IdleWaitSeconds);
            });
            q.Services.AddSingleton(runner);
            q.Services.AddSingleton(new JobSettings(firstPeriod));
            q.Services.AddSingleton(loggers);
            q.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
            q.Services.AddTransient<MonthlyReportJob>();
        });
        var scheduler = await builder.BuildScheduler(cancellationToken);
        await EnsureTriggerAsync(scheduler, cancellationToken);
        await scheduler.Start(cancellationToken);
        var trigger = await scheduler.GetTrigger(TriggerKey, cancellationToken);
        loggers.CreateLogger<SchedulerHost>().SchedulerStarted(instanceId, options.Cron, options.TimeZone,
            trigger?.NextFireTimeUtc is { } next ? Logging.ShanghaiTimeLayoutRenderer.Format(next) : "无 (none)", store.ToString());
        return scheduler;
    }

    /// <summary>
    /// The first start after day 1 (or a start after the server was down longer than a misfire): periods that
    /// `status` flags as 漏报 are run now, not at the next day 1. The job is fired once; it runs, oldest
    /// first, every period since Scheduler:FirstPeriod that has no run, and leaves those that have one.
    /// </summary>
    /// <returns>Whether the job was fired.</returns>
    public async Task<bool> CatchUpAsync(IScheduler scheduler, IReadOnlyList<ReportingPeriod> missing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(missing);
        if (missing.Count == 0)
        {
            return false;
        }

        loggers.CreateLogger<SchedulerHost>().SchedulerCatchingUp(string.Join(' ', missing), missing.Count);
        await scheduler.TriggerJob(JobKey, cancellationToken);
        return true;
    }

    /// <summary>Adds the job and trigger on first start; replaces the trigger when the configured schedule changed.</summary>
    private async Task EnsureTriggerAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var job = JobBuilder.Create<MonthlyReportJob>().WithIdentity(JobKey).StoreDurably().RequestRecovery().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(TriggerKey).ForJob(JobKey)
            .WithSchedule(CronScheduleBuilder.Create(options.Cron)
                .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone))
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .StartAt(clock.GetUtcNow())
            .Build();
        if (await scheduler.GetTrigger(TriggerKey, cancellationToken) is ICronTrigger existing)
        {
            if (existing.CronExpressionString != options.Cron || existing.TimeZone.Id != options.TimeZone)
            {
                await scheduler.RescheduleJob(TriggerKey, trigger, cancellationToken);
            }

            return;
        }

        try
        {
            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node of the cluster added it first.
        }
    }
}
