using RiskReporting.Core.Codes;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Core.Reports;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Store;

namespace RiskReporting.Evidence.Handling;

public sealed partial class DisputeService
{
    private static readonly DisputeState[] Answerable = [DisputeState.Assigned, DisputeState.InProgress, DisputeState.Returned];

    /// <summary>Adds evidence to an item the branch is still working on; the item is then IN_PROGRESS.</summary>
    public async Task<IReadOnlyList<EvidenceFile>> UploadAsync(ItemReference reference, IReadOnlyList<EvidenceUpload> files, string userName, CancellationToken cancellationToken = default)
    {
        var (user, item) = await AnswerableItemAsync(reference, userName, cancellationToken);
        if (files.Count == 0)
        {
            throw new DisputeRefusedException("请用 --file 至少指明一个证明材料 (evidence file)。");
        }

        var added = StoreFiles(item, await disputes.EvidenceAsync(item.Notice, item.DisputeId, cancellationToken), files, user);
        var now = clock.GetUtcNow();
        var changed = item with { State = DisputeState.InProgress, UpdatedAt = now };
        await ChangeAsync([new DisputeChange(changed, new DisputeEvent(item.Notice, item.DisputeId, now, user.Name, item.State, changed.State,
            $"新增 {added.Count} 个证明材料 (evidence file)"), added, [])], cancellationToken);
        return added;
    }

    /// <summary>The branch's answer, with any further evidence; the item goes to credit management (SUBMITTED).</summary>
    public async Task<DisputeItem> AnswerAsync(ItemReference reference, DisputeAnswer answer, IReadOnlyList<EvidenceUpload> files, string userName, CancellationToken cancellationToken = default)
    {
        var (user, item) = await AnswerableItemAsync(reference, userName, cancellationToken);
        CheckAnswer(item, answer);
        var existing = await disputes.EvidenceAsync(item.Notice, item.DisputeId, cancellationToken);
        if (answer.Result == DisputeResult.Confirmed && existing.Count == 0 && files.Count == 0)
        {
            throw new DisputeRefusedException("RESULT 1（本行报送值正确）须附证明材料 (needs evidence)：请用 --file 附上。");
        }

        var added = StoreFiles(item, existing, files, user);
        var now = clock.GetUtcNow();
        var changed = item with { State = DisputeState.Submitted, Answer = answer, AnsweredBy = user.Name, UpdatedAt = now };
        await ChangeAsync([new DisputeChange(changed, new DisputeEvent(item.Notice, item.DisputeId, now, user.Name, item.State, changed.State,
            $"答复 RESULT {(int)answer.Result}" + (added.Count > 0 ? $"，新增 {added.Count} 个证明材料 (evidence file)" : string.Empty)), added, [])], cancellationToken);
        return changed;
    }

    private async Task<(UserAccount User, DisputeItem Item)> AnswerableItemAsync(ItemReference reference, string userName, CancellationToken cancellationToken)
    {
        var (user, item) = await VisibleItemAsync(reference, userName, cancellationToken);
        DisputeAccess.RequireCanAnswer(user, item);
        return Answerable.Contains(item.State)
            ? (user, item)
            : throw new DisputeRefusedException($"争议项 {item.DisputeId} 的状态为 {DisputeStates.Text(item.State)}：只有 ASSIGNED、IN_PROGRESS 或 RETURNED 的争议项可上传证明材料和答复。");
    }

    private static void CheckAnswer(DisputeItem item, DisputeAnswer answer)
    {
        if (string.IsNullOrWhiteSpace(answer.Explanation))
        {
            throw new DisputeRefusedException("答复须有情况说明 (explanation, --text)。");
        }

        if (answer.Result == DisputeResult.Confirmed)
        {
            if (answer.CorrectedValue is not null || answer.ChangeDate is not null)
            {
                throw new DisputeRefusedException("RESULT 1 确认报送值正确：请不要给出 --value 和 --change-date。");
            }

            return;
        }

        if (answer.CorrectedValue is null || answer.ChangeDate is null)
        {
            throw new DisputeRefusedException("RESULT 2（报送值有误）须给出更正值 (--value) 和变更日期 (--change-date YYYYMMDD)。");
        }

        var field = ReportParts.ByCode(item.Line.Part).Fields.First(f => f.Name == item.Line.Field);
        if (FieldValueCheck.Problem(field, answer.CorrectedValue, CodeLists.Embedded) is { } problem)
        {
            throw new DisputeRefusedException($"--value \"{answer.CorrectedValue}\" 不能报送 (cannot be reported)：{problem}。");
        }
    }

    /// <summary>Stores the files (refusing the first bad one before anything is recorded) and numbers them after the item's earlier files.</summary>
    private List<EvidenceFile> StoreFiles(DisputeItem item, IReadOnlyList<EvidenceFile> existing, IReadOnlyList<EvidenceUpload> files, UserAccount user)
    {
        var stored = files.Select(f => (Upload: f, Stored: evidence.Add(f.Path, f.OriginalName))).ToList();
        var added = new List<EvidenceFile>();
        var total = existing.Sum(f => f.Bytes);
        var now = clock.GetUtcNow();
        foreach (var (upload, file) in stored)
        {
            if (existing.Any(e => e.Sm3 == file.Sm3) || added.Any(e => e.Sm3 == file.Sm3))
            {
                continue;
            }

            total += file.Bytes;
            if (total > EvidenceLimits.MaxItemBytes)
            {
                throw new EvidenceRejectedException(upload.OriginalName, $"争议项 {item.DisputeId} 的证明材料将达 {total / 1024.0 / 1024.0:0.0} MiB，超过允许的 100 MiB");
            }

            var seq = existing.Count + added.Count + 1;
            if (seq > EvidenceLimits.MaxFilesPerItem)
            {
                throw new EvidenceRejectedException(upload.OriginalName, $"争议项 {item.DisputeId} 已有 {EvidenceLimits.MaxFilesPerItem} 个证明材料，已达反馈包 (response) 所能容纳的上限");
            }

            added.Add(new EvidenceFile(item.Notice, item.DisputeId, seq, file.Sm3, upload.OriginalName, file.Kind, file.Bytes, user.Name, now));
        }

        return added;
    }
}
