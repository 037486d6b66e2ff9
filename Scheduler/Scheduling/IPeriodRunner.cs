using RiskReporting.Core.Periods;

namespace RiskReporting.Scheduler.Scheduling;

/// <summary>What the monthly job asks of the engine: whether a period was ever run, and to run one.</summary>
public interface IPeriodRunner
{
    Task<bool> HasRunAsync(ReportingPeriod period, CancellationToken cancellationToken);

    Task RunAsync(ReportingPeriod period, CancellationToken cancellationToken);
}
