using RiskReporting.Evidence.Disputes;
using RiskReporting.Evidence.Response;

namespace RiskReporting.Evidence.Handling;

public sealed partial class DisputeService
{
    /// <summary>
    /// Writes the notice's response package into <paramref name="directory"/> with every approved answer (and
    /// those exported before, so a later full response supersedes a partial one). Refused while items are not
    /// approved, listing them, unless <paramref name="partial"/> is asked for; the approved items become EXPORTED.
    /// </summary>
    public async Task<ExportResult> ExportAsync(string noticeName, bool partial, string directory, string userName, CancellationToken cancellationToken = default)
    {
        var user = await UserAsync(userName, cancellationToken);
        DisputeAccess.RequireOperator(user, "导出反馈包 (response)");
        var notice = await disputes.FindNoticeAsync(noticeName, cancellationToken)
            ?? throw new DisputeRefusedException($"没有已导入的核查通知 (notice) {noticeName}：`riskreport disputes list` 列出各通知。");
        var items = await disputes.ListItemsAsync(notice.Name, null, null, cancellationToken);
        var ready = items.Where(i => i.State is DisputeState.Approved or DisputeState.Exported).ToList();
        var missing = items.Except(ready).ToList();
        if (missing.Count > 0 && !partial)
        {
            throw new DisputeRefusedException($"{notice.Name} 的 {items.Count} 项中有 {missing.Count} 项尚未审核通过 (not approved)：" +
                string.Join("、", missing.Select(i => $"{i.DisputeId}（{DisputeStates.Text(i.State)}，机构 {i.BranchCode}）")) +
                "。如需先报送已通过的事项，请加 --partial 导出。");
        }

        if (ready.Count == 0)
        {
            throw new DisputeRefusedException($"{notice.Name} 尚无审核通过 (approved) 的事项：没有可导出的内容。");
        }

        var answers = new List<ResponseItem>();
        foreach (var item in ready)
        {
            answers.Add(new ResponseItem(item, item.Answer!, await disputes.EvidenceAsync(item.Notice, item.DisputeId, cancellationToken)));
        }

        var path = new ResponsePackageWriter(fileSystem, evidence).Write(directory, notice, answers);
        var now = clock.GetUtcNow();
        var reason = $"已导出至 {fileSystem.Path.GetFileName(path)} (exported)" + (missing.Count > 0 ? $"（部分导出 partial：{missing.Count} 项未包含）" : string.Empty);
        await ChangeAsync([.. ready.Where(i => i.State == DisputeState.Approved).Select(i =>
            new DisputeChange(i with { State = DisputeState.Exported, UpdatedAt = now }, new DisputeEvent(i.Notice, i.DisputeId, now, user.Name, i.State, DisputeState.Exported, reason), [], []))],
            cancellationToken);
        return new ExportResult(path, [.. ready.Select(i => i.DisputeId)], [.. missing.Select(i => i.DisputeId)]);
    }
}
