using RiskReporting.Core.Periods;

namespace RiskReporting.Scheduler.Scheduling;

/// <summary>What the monthly job asks of the engine: run a period unless it already has its run (decided under the period's lock).</summary>
public interface IPeriodRunner
{
    /// <returns>Whether a run was made now.</returns>
    Task<bool> RunUnlessRunAsync(ReportingPeriod period, CancellationToken cancellationToken);
}
