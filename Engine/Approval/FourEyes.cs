using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Findings;

namespace RiskReporting.Engine.Approval;

/// <summary>
/// Maker-checker (issue #14): a batch's approver is none of its makers: who explained one of its warnings, made or
/// removed an override it applied (an approved dispute answer becomes an override made by its reviewer, so the
/// reviewer is a maker too), wrote its 文字说明 (issue #18), or started it as a correction.
/// </summary>
public static class FourEyes
{
    /// <summary>Why the approver may not approve the batch, or null.</summary>
    public static async Task<string?> RefusalAsync(IStateStore store, RunRecord run, PeriodFindings detail, string approver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(detail);
        if (detail.Explained.Any(w => w.ExplainedBy!.By == approver))
        {
            return $"{approver} 说明了本批次的提示，不能再审批该批次（四眼原则 four eyes）。";
        }

        var applied = await store.AppliedOverridesAsync(run.RunId, cancellationToken);
        var removedBefore = (await store.OverridesForAsync(run.Period, cancellationToken)).Where(o => o.RemovedAt is { } at && at <= run.CreatedAt);
        if (applied.FirstOrDefault(o => o.By == approver) is { } made)
        {
            return $"{approver} 做了本批次采用的修订 {made.Id}（{made.Part} {made.Key} {made.Field}{(Evidence.Handling.DisputeOverrideReason.IsOne(made.Reason) ? "，经审批举证答复" : string.Empty)}），不能再审批该批次（四眼原则 four eyes）。";
        }

        if (applied.Concat(removedBefore).FirstOrDefault(o => o.RemovedBy == approver) is { } removed)
        {
            return $"{approver} 撤销了本期的修订 {removed.Id}，不能再审批该批次（四眼原则 four eyes）。";
        }

        if (await store.StatementOfAsync(run.RunId, cancellationToken) is { } statement && statement.By == approver)
        {
            return $"{approver} 撰写了本批次的文字说明，不能再审批该批次（四眼原则 four eyes）。";
        }

        return run.Batch > 1 && run.StartedBy == approver
            ? $"{approver} 发起了本次订正（第 {run.Batch:D2} 批），不能再审批（四眼原则 four eyes）。"
            : null;
    }
}
