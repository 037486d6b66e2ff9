using System.Collections.Concurrent;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Statements;

/// <summary>
/// A batch's indicators, read from the records its run stored: the figures the statement, the archive, the analysis reports
/// and the batch page's charts show. A run's stored records do not change once it has finished validating, so the indicators
/// of a finished run are computed once per process and kept by run id (a few dozen at most); a run still writing is never kept.
/// </summary>
public sealed class BatchFigures(IStateStore store)
{
    /// <summary>How many runs' indicators are kept; past it the cache starts again (the pages ask for a handful of months).</summary>
    public const int CachedRuns = 48;

    private readonly ConcurrentDictionary<string, MonthIndicators> _byRun = new(StringComparer.Ordinal);

    /// <summary>The parts the indicators read.</summary>
    public static IReadOnlyCollection<string> Parts { get; } = ["B1P1", "B1P3", "B2P1", "B3P1"];

    public async Task<MonthIndicators> OfAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (_byRun.TryGetValue(run.RunId, out var known))
        {
            return known;
        }

        var figures = MonthIndicators.Of(run.Period, run.Batch, await store.LoadRecordsAsync(run.RunId, Parts, cancellationToken));
        if (IsFinished(run.State))
        {
            if (_byRun.Count >= CachedRuns)
            {
                _byRun.Clear();
            }

            _byRun[run.RunId] = figures;
        }

        return figures;
    }

    /// <summary>The period's latest published batch, or null when none is.</summary>
    public async Task<RunRecord?> PublishedAsync(ReportingPeriod period, CancellationToken cancellationToken = default) =>
        (await store.ListRunsAsync(period, cancellationToken)).Where(r => r.State == RunState.Published).MaxBy(r => r.Batch);

    /// <summary>The indicators of the period's latest published batch, or null.</summary>
    public async Task<MonthIndicators?> PublishedIndicatorsAsync(ReportingPeriod period, CancellationToken cancellationToken = default) =>
        await PublishedAsync(period, cancellationToken) is { } run ? await OfAsync(run, cancellationToken) : null;

    /// <summary>States after validation: the run's records are all stored and stay as they are.</summary>
    private static bool IsFinished(RunState state) => state is RunState.Blocked or RunState.AwaitingApproval or RunState.Approved or RunState.Published;
}
