using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Runs;

namespace RiskReporting.Scheduler.Scheduling;

/// <summary>The scheduler's runs are the same monthly run as `riskreport run`, started by the user "scheduler".</summary>
public sealed class EnginePeriodRunner(EngineSettings settings, IStateStore store, MonthlyRun monthlyRun) : IPeriodRunner
{
    public const string User = "scheduler";

    /// <summary>
    /// A period has its run once a run of it reached a stable state. One still in progress was either killed
    /// (the server went down mid-run; Quartz recovers the job) and is resumed by running the period, or is
    /// running elsewhere and holds the period's lock, so that running it here returns at once.
    /// </summary>
    public async Task<bool> HasRunAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        (await store.ListRunsAsync(period, cancellationToken)).Any(r => !r.State.IsInProgress());

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
