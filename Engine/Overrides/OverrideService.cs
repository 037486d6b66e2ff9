using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Engine.Overrides;

/// <summary>Overrides (补录): recorded against a record of the latest batch, applied on top of the extracted records at the next run; removal is recorded too.</summary>
public sealed class OverrideService(IStateStore store, TimeProvider clock)
{
    public async Task<Override> AddAsync(OverrideRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireOperator(actor);
        var part = ReportParts.All.FirstOrDefault(p => p.Code == request.Part) ?? throw new RefusalException(RefusalCode.InvalidInput, $"'{request.Part}' 不是报表 (not a report part)。");
        // One rule for every door: a derived field, a field that decides which rows sum this one, or a value
        // not in the field's form is refused before it is stored (OverrideRules, issue #13).
        if (OverrideRules.Refusal(part, request.Key, request.Field, request.Value) is { } refusal)
        {
            throw new RefusalException(RefusalCode.InvalidInput, refusal);
        }

        var run = await PeriodRuns.LatestAsync(store, request.Period, cancellationToken);
        if (await store.FindRecordAsync(run.RunId, part.Code, request.Key, cancellationToken) is null)
        {
            throw new RefusalException(RefusalCode.NotFound, $"{request.Period} 第 {run.Batch:D2} 批的 {part.Code} 中没有记录键为 '{request.Key}' 的记录 (no such record)。");
        }

        var adjustment = new Override(Guid.NewGuid().ToString("N")[..12], request.Period, part.Code, request.Key, request.Field, request.Value, request.Reason, actor.Name, clock.GetUtcNow(), null, null);
        await store.AddOverrideAsync(adjustment, cancellationToken);
        return adjustment;
    }

    /// <summary>
    /// What makes a recorded override count: the next run of the period, or, once the period is published (a rerun is
    /// refused then), a correction batch.
    /// </summary>
    public async Task<OverrideFollowUp> FollowUpAsync(Core.Periods.ReportingPeriod period, CancellationToken cancellationToken = default) =>
        (await store.ListRunsAsync(period, cancellationToken)).Any(r => r.State == Core.Runs.RunState.Published) ? OverrideFollowUp.Correct : OverrideFollowUp.Rerun;

    /// <summary>The follow-up as the CLI's next command; the portal offers the action itself.</summary>
    public async Task<string> NextStepAsync(Core.Periods.ReportingPeriod period, CancellationToken cancellationToken = default) =>
        await FollowUpAsync(period, cancellationToken) == OverrideFollowUp.Correct
            ? $"{period} 已报送 (published)：补录在更正批次中应用并校验，运行 riskreport correct --period {period} --reason 原因。"
            : $"重新运行 riskreport run --period {period} 以应用并校验补录。";

    /// <returns>The period of the removed override, whose follow-up <see cref="RemovalNextStepAsync"/> tells.</returns>
    public async Task<Core.Periods.ReportingPeriod> RemoveAsync(string id, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireOperator(actor);
        return await store.RemoveOverrideAsync(id, actor.Name, cancellationToken)
            ?? throw new RefusalException(RefusalCode.NotFound, $"没有生效中的补录 (override) '{id}'。");
    }

    /// <summary>What makes a removal count, as the CLI's next command: the extracted value is reported again by the next run, or, once published, by a correction batch.</summary>
    public async Task<string> RemovalNextStepAsync(Core.Periods.ReportingPeriod period, CancellationToken cancellationToken = default) =>
        await FollowUpAsync(period, cancellationToken) == OverrideFollowUp.Correct
            ? $"{period} 已报送 (published)：抽取值在更正批次中重新报送，运行 riskreport correct --period {period} --reason 原因。"
            : $"下次运行重新报送抽取值：riskreport run --period {period}。";
}
