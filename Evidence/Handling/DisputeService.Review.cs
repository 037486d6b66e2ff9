using RiskReporting.Core.Snapshots;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Evidence.Handling;

public sealed partial class DisputeService
{
    /// <summary>The fields that name the disputed customer (CUST_CODE of a notice) in the parts that have them.</summary>
    private static readonly string[] CustomerFields = ["CUST_CODE", "CUST_NO", "GROUP_CODE", "MEMBER_CODE"];

    /// <summary>
    /// Credit management approves a submitted answer or returns it to the branch with a reason. The reviewer
    /// must not be who answered (four eyes). An approved RESULT 2 becomes an override of the disputed field,
    /// which the next correction batch of the period applies.
    /// </summary>
    public async Task<(DisputeItem Item, IReadOnlyList<Override> Overrides, string? Note)> ReviewAsync(
        ItemReference reference, bool approve, string? reason, string userName, CancellationToken cancellationToken = default)
    {
        var (user, item) = await VisibleItemAsync(reference, userName, cancellationToken);
        DisputeAccess.RequireOperator(user, "审核答复 (review)");
        if (item.State != DisputeState.Submitted)
        {
            throw new DisputeRefusedException($"争议项 {item.DisputeId} 的状态为 {DisputeStates.Text(item.State)}：只审核 SUBMITTED 的答复。");
        }

        if (item.AnsweredBy == user.Name)
        {
            throw new DisputeRefusedException($"{user.Name} 答复了争议项 {item.DisputeId}，须由另一名操作员审核（四眼原则 four eyes）。");
        }

        var now = clock.GetUtcNow();
        if (!approve)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new DisputeRefusedException("退回答复须写明给分行看的原因 (--return REASON)。");
            }

            var returned = item with { State = DisputeState.Returned, UpdatedAt = now };
            await ChangeAsync([new DisputeChange(returned, new DisputeEvent(item.Notice, item.DisputeId, now, user.Name, item.State, returned.State, reason), [], [])], cancellationToken);
            return (returned, [], null);
        }

        var (overrides, note) = item.Answer!.Result == DisputeResult.Corrected ? await CorrectionsAsync(item, user, now, cancellationToken) : ([], null);
        var approved = item with
        {
            State = DisputeState.Approved,
            UpdatedAt = now,
            OverrideIds = overrides.Count == 0 ? null : string.Join(',', overrides.Select(o => o.Id)),
        };
        var why = string.IsNullOrWhiteSpace(reason) ? "审核通过 (approved)" : "审核通过 (approved)：" + reason;
        await ChangeAsync([new DisputeChange(approved, new DisputeEvent(item.Notice, item.DisputeId, now, user.Name, item.State, approved.State,
            note is null ? why : $"{why}；{note}"), [], overrides)], cancellationToken);
        return (approved, overrides, note);
    }

    /// <summary>
    /// One override per record of the customer in the disputed part that carries the reported value (all the
    /// customer's records of the part when none carries it exactly), in the batch the notice concerns.
    /// </summary>
    private async Task<(IReadOnlyList<Override>, string?)> CorrectionsAsync(DisputeItem item, UserAccount user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notice = (await disputes.FindNoticeAsync(item.Notice, cancellationToken))!;
        var part = ReportParts.ByCode(item.Line.Part);
        if (part.KeyIndexes.Contains(part.IndexOf(item.Line.Field)))
        {
            return ([], $"{item.Line.Field} 是 {part.Code} 的主键字段 (key field)：不生成补录 (no override)；请在源系统更正后运行 `riskreport correct`");
        }

        var runs = await state.ListRunsAsync(notice.Period, cancellationToken);
        var run = runs.FirstOrDefault(r => r.Batch == notice.Batch) ?? runs.Where(r => r.State == RunState.Published).MaxBy(r => r.Batch);
        if (run is null)
        {
            return ([], $"状态库中没有 {notice.Period} 的运行 (no run)：不生成补录 (no override)；请在源系统更正后运行 `riskreport correct`");
        }

        var records = (await state.LoadRecordsAsync(run.RunId, [part.Code], cancellationToken))[part.Code];
        var customers = CustomerFields.Where(part.HasField).ToList();
        var ofCustomer = records.Where(r => customers.Any(f => r[f] == item.Line.CustCode)).ToList();
        var carrying = ofCustomer.Where(r => r[item.Line.Field] == item.Line.ReportedValue).ToList();
        var targets = carrying.Count > 0 ? carrying : ofCustomer;
        if (targets.Count == 0)
        {
            return ([], $"{notice.Period} 第 {run.Batch:D2} 批的 {part.Code} 没有客户 {item.Line.CustCode} 的记录：不生成补录 (no override)；请在源系统更正后运行 `riskreport correct`");
        }

        // The override a RESULT 2 answer becomes obeys the rules of every override: one that would break a derivation is not made.
        if (targets.Select(r => OverrideRules.Refusal(part, r.Key, item.Line.Field, item.Answer!.CorrectedValue!)).FirstOrDefault(r => r is not null) is { } refusal)
        {
            return ([], $"不生成补录 (no override)：{refusal} 请在源系统更正后运行 `riskreport correct`");
        }

        var why = DisputeOverrideReason.Of(item.Notice, item.DisputeId, item.Answer!.ChangeDate, item.Answer.Explanation);
        return ([.. targets.Select(r => new Override(Guid.NewGuid().ToString("N")[..12], notice.Period, part.Code, r.Key, item.Line.Field, item.Answer.CorrectedValue!, why, user.Name, now, null, null))], null);
    }
}
