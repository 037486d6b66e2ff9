using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Statements;

/// <summary>A batch's indicators, read from the records its run stored: the figures the statement, the archive and the analysis reports show.</summary>
public sealed class BatchFigures(IStateStore store)
{
    /// <summary>The parts the indicators read.</summary>
    public static IReadOnlyCollection<string> Parts { get; } = ["B1P1", "B1P3", "B2P1", "B3P1"];

    public async Task<MonthIndicators> OfAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        return MonthIndicators.Of(run.Period, run.Batch, await store.LoadRecordsAsync(run.RunId, Parts, cancellationToken));
    }

    /// <summary>The period's latest published batch, or null when none is.</summary>
    public async Task<RunRecord?> PublishedAsync(ReportingPeriod period, CancellationToken cancellationToken = default) =>
        (await store.ListRunsAsync(period, cancellationToken)).Where(r => r.State == RunState.Published).MaxBy(r => r.Batch);

    /// <summary>The indicators of the period's latest published batch, or null.</summary>
    public async Task<MonthIndicators?> PublishedIndicatorsAsync(ReportingPeriod period, CancellationToken cancellationToken = default) =>
        await PublishedAsync(period, cancellationToken) is { } run ? await OfAsync(run, cancellationToken) : null;
}
