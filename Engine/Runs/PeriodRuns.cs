using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Runs;

/// <summary>Which run of a period the operators' actions act on.</summary>
public static class PeriodRuns
{
    /// <summary>The latest batch of the period; refused when the engine holds no run of it.</summary>
    public static async Task<RunRecord> LatestAsync(IStateStore store, ReportingPeriod period, CancellationToken cancellationToken) =>
        (await store.ListRunsAsync(period, cancellationToken)).MaxBy(r => r.Batch)
        ?? throw new RefusalException(RefusalCode.NotFound, $"没有 {period} 的运行 (no run is held)：请先运行 `riskreport run --period {period}`。");
}
