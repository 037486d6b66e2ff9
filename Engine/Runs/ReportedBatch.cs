using RiskReporting.Core.Reports;
using RiskReporting.Core.Runs;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;
using RiskReporting.MessageBuilder.Corrections;

namespace RiskReporting.Engine.Runs;

/// <summary>What a batch reported, rebuilt from the state store: its extracted snapshot with the overrides it applied, and its correction file.</summary>
public static class ReportedBatch
{
    public static async Task<ReportRecords> RecordsAsync(IStateStore store, RunRecord run, CancellationToken cancellationToken)
    {
        var extracted = await store.LoadRecordsAsync(run.RunId, [.. ReportParts.All.Select(p => p.Code)], cancellationToken);
        return OverrideApplication.Apply(extracted, await store.AppliedOverridesAsync(run.RunId, cancellationToken)).Records;
    }

    /// <summary>The correction file of a stored batch after 01 (verify): its reason and its differences from the batch it corrects.</summary>
    public static async Task<CorrectionContent?> CorrectionAsync(IStateStore store, RunRecord run, IReadOnlyList<RunRecord> periodRuns, ReportRecords records, CancellationToken cancellationToken)
    {
        if (await store.CorrectionOfAsync(run.RunId, cancellationToken) is not { } correction)
        {
            return null;
        }

        return await CorrectionAsync(store, new CorrectionBase(periodRuns.Single(r => r.Batch == correction.PreviousBatch), correction.Reason), records, cancellationToken);
    }

    /// <summary>The correction file of a new batch, whose base the run already knows: its differences from the published batch.</summary>
    public static async Task<CorrectionContent> CorrectionAsync(IStateStore store, CorrectionBase correction, ReportRecords records, CancellationToken cancellationToken) =>
        new(correction.Reason, CorrectionDiff.Compare(await RecordsAsync(store, correction.Published, cancellationToken), records));
}
