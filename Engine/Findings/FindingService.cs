using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Engine.Findings;

/// <summary>A batch's findings: listed page by page, counted, explained (情况说明) one or many, carried forward while the values stand.</summary>
public sealed partial class FindingService(IStateStore store, TimeProvider clock)
{
    /// <summary>One page of the latest batch's findings that match the filter, in findings.csv order, read page by page from the store.</summary>
    public async Task<FindingList> ListAsync(FindingFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Roles.RequireRecordReader(actor);
        if (filter.Page < 1 || filter.PageSize is < 1 or > FindingQuery.MaxPageSize)
        {
            throw new RefusalException(RefusalCode.InvalidInput, $"第 {filter.Page} 页（每页 {filter.PageSize} 条）：页码从 1 开始，每页 1 至 {FindingQuery.MaxPageSize:N0} 条 (page out of range)。");
        }

        var run = await PeriodRuns.LatestAsync(store, filter.Period, cancellationToken);
        // A branch user reads its own branch's findings only: the store filters by it, whatever branch was asked for.
        if (actor.BranchCode is { } own && filter.Branch is { } asked && asked != own)
        {
            return new FindingList(run, [], 0, filter.Page, filter.PageSize);
        }

        var page = await store.FindFindingsAsync(
            new FindingQuery(run.RunId, filter.Rule, filter.Severity, filter.Part, actor.BranchCode ?? filter.Branch, filter.KeyPrefix, filter.Page, filter.PageSize), cancellationToken);
        return new FindingList(run, [.. page.Items.Select(f => PersonalData.Shown(actor, f))], page.Total, filter.Page, filter.PageSize);
    }

    /// <summary>The latest batch's findings counted by rule, severity, part and branch (counted by the store, not read).</summary>
    public async Task<FindingTally> CountAsync(ReportingPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireRecordReader(actor);
        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        var counts = await store.CountFindingsAsync(new FindingQuery(run.RunId, Branch: actor.BranchCode), cancellationToken);
        return new FindingTally(run, counts.ByRule, counts.BySeverity, counts.ByPart, counts.ByBranch);
    }

    /// <summary>Explains the open WARNING findings the request names; refused for an ERROR rule or when none is open.</summary>
    public async Task<ExplainResult> ExplainAsync(ExplainRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireOperator(actor);
        var run = await PeriodRuns.LatestAsync(store, request.Period, cancellationToken);
        var findings = (await store.LoadFindingsAsync(run.RunId, cancellationToken))
            .Where(f => f.Rule == request.Rule && (request.Key is null || f.Key == request.Key)).ToList();
        if (findings.Any(f => f.Severity == "ERROR"))
        {
            throw new RefusalException(RefusalCode.InvalidInput, $"{request.Rule} 是错误级 (ERROR) 规则：其问题不能说明，须在源系统更正（或用 `riskreport override` 修订）。");
        }

        var open = (await WarningStatus.OfAsync(store, run, findings, cancellationToken)).Where(w => w.ExplainedBy is null).ToList();
        if (open.Count == 0)
        {
            throw new RefusalException(RefusalCode.NotFound, $"{request.Period} 第 {run.Batch:D2} 批没有 {request.Rule}{(request.Key is null ? string.Empty : "（记录键 " + request.Key + "）")} 的待说明提示 (no open WARNING finding)。");
        }

        // Every open warning of the request, or none: one transaction.
        await store.AddExplanationsAsync(
            [.. open.Select(w => new Explanation(Guid.NewGuid().ToString("N")[..12], request.Period, w.Finding.Rule, w.Finding.Key, request.Text, request.CarryForward, w.Digest,
                actor.Name, clock.GetUtcNow()))],
            cancellationToken);

        return new ExplainResult(run, open.Count);
    }

    /// <summary>A batch for review (status, approval): ERROR count, warnings with their explanations, the period's overrides.</summary>
    public async Task<PeriodFindings> DetailAsync(ReportingPeriod period, RunRecord run, CancellationToken cancellationToken = default)
    {
        var findings = await store.LoadFindingsAsync(run.RunId, cancellationToken);
        var warnings = await WarningStatus.OfAsync(store, run, findings, cancellationToken);
        return new PeriodFindings(run, findings.Count(f => f.Severity == "ERROR"), warnings, await store.OverridesForAsync(period, cancellationToken));
    }
}
