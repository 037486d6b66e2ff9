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
            throw new DisputeRefusedException("Name at least one evidence file with --file.");
        }

        var added = StoreFiles(item, await disputes.EvidenceAsync(item.Notice, item.DisputeId, cancellationToken), files, user);
        var now = clock.GetUtcNow();
        var changed = item with { State = DisputeState.InProgress, UpdatedAt = now };
        await ChangeAsync([new DisputeChange(changed, new DisputeEvent(item.Notice, item.DisputeId, now, user.Name, item.State, changed.State,
            $"{added.Count} evidence file(s) added"), added, [])], cancellationToken);
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
            throw new DisputeRefusedException("RESULT 1 (the reported value is right) needs evidence: attach it with --file.");
        }

        var added = StoreFiles(item, existing, files, user);
        var now = clock.GetUtcNow();
        var changed = item with { State = DisputeState.Submitted, Answer = answer, AnsweredBy = user.Name, UpdatedAt = now };
        await ChangeAsync([new DisputeChange(changed, new DisputeEvent(item.Notice, item.DisputeId, now, user.Name, item.State, changed.State,
            $"answered RESULT {(int)answer.Result}" + (added.Count > 0 ? $" with {added.Count} new evidence file(s)" : string.Empty)), added, [])], cancellationToken);
        return changed;
    }

    private async Task<(UserAccount User, DisputeItem Item)> AnswerableItemAsync(ItemReference reference, string userName, CancellationToken cancellationToken)
    {
        var (user, item) = await VisibleItemAsync(reference, userName, cancellationToken);
        DisputeAccess.RequireCanAnswer(user, item);
        return Answerable.Contains(item.State)
            ? (user, item)
            : throw new DisputeRefusedException($"item {item.DisputeId} is {DisputeStates.Text(item.State)}; only an ASSIGNED, IN_PROGRESS or RETURNED item takes evidence and answers.");
    }

    private static void CheckAnswer(DisputeItem item, DisputeAnswer answer)
    {
        if (string.IsNullOrWhiteSpace(answer.Explanation))
        {
            throw new DisputeRefusedException("An answer needs an explanation (--text).");
        }

        if (answer.Result == DisputeResult.Confirmed)
        {
            if (answer.CorrectedValue is not null || answer.ChangeDate is not null)
            {
                throw new DisputeRefusedException("RESULT 1 confirms the reported value: leave out --value and --change-date.");
            }

            return;
        }

        if (answer.CorrectedValue is null || answer.ChangeDate is null)
        {
            throw new DisputeRefusedException("RESULT 2 (the value was wrong) needs the corrected value (--value) and the date it changed (--change-date YYYYMMDD).");
        }

        var field = ReportParts.ByCode(item.Line.Part).Fields.First(f => f.Name == item.Line.Field);
        if (FieldValueCheck.Problem(field, answer.CorrectedValue, CodeLists.Embedded) is { } problem)
        {
            throw new DisputeRefusedException($"--value \"{answer.CorrectedValue}\" cannot be reported: {problem}.");
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
                throw new EvidenceRejectedException(upload.OriginalName, $"item {item.DisputeId} would hold {total / 1024.0 / 1024.0:0.0} MiB of evidence, more than the 100 MiB allowed");
            }

            var seq = existing.Count + added.Count + 1;
            if (seq > EvidenceLimits.MaxFilesPerItem)
            {
                throw new EvidenceRejectedException(upload.OriginalName, $"item {item.DisputeId} already has {EvidenceLimits.MaxFilesPerItem} evidence files, the most a response can carry");
            }

            added.Add(new EvidenceFile(item.Notice, item.DisputeId, seq, file.Sm3, upload.OriginalName, file.Kind, file.Bytes, user.Name, now));
        }

        return added;
    }
}
