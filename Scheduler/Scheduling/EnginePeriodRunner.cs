using Microsoft.Extensions.Logging;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Scheduler.Scheduling;

/// <summary>The scheduler's runs are the same monthly run as `riskreport run`, through the engine's run service, started by the user "scheduler".</summary>
/// <param name="stopping">The host's stop (Ctrl+C, SIGTERM): a run it stops ends FAILED ("cancelled").</param>
public sealed class EnginePeriodRunner(RunService runs, Actor scheduler, ILogger<EnginePeriodRunner> logger, CancellationToken stopping) : IPeriodRunner
{
    /// <summary>
    /// A period has its run once a run of it reached a stable state. One still in progress was either killed
    /// (the server went down mid-run; Quartz recovers the job) and is resumed by running the period, or is
    /// running elsewhere and holds the period's lock, so that running it here returns at once.
    /// </summary>
    public async Task<bool> RunUnlessRunAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        var outcome = await runs.RunScheduledAsync(period, scheduler, linked.Token);
        if (outcome is not null)
        {
            logger.ScheduledRunOutcome(outcome.Run.RunId, period.ToString(), outcome.Run.Batch, RunStateNames.Of(outcome.Run.State));
        }

        return outcome is not null;
    }
}
