using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Runs;

namespace RiskReporting.Scheduler.Scheduling;

/// <summary>The scheduler's runs are the same monthly run as `riskreport run`, started by the user "scheduler".</summary>
public sealed class EnginePeriodRunner(EngineSettings settings, IStateStore store, MonthlyRun monthlyRun) : IPeriodRunner
{
    public const string User = "scheduler";

    public async Task<bool> HasRunAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        (await store.ListRunsAsync(period, cancellationToken)).Count > 0;

    public async Task RunAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        try
        {
            await monthlyRun.ExecuteAsync(settings, store, period, User, cancellationToken);
        }
        catch (PeriodLockedException)
        {
            // A manual run or another node holds the period: that run is the period's run.
        }
    }
}
