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
        DisputeAccess.RequireOperator(user, "exporting a response");
        var notice = await disputes.FindNoticeAsync(noticeName, cancellationToken)
            ?? throw new DisputeRefusedException($"There is no imported notice {noticeName}; `riskreport disputes list` shows the notices.");
        var items = await disputes.ListItemsAsync(notice.Name, null, null, cancellationToken);
        var ready = items.Where(i => i.State is DisputeState.Approved or DisputeState.Exported).ToList();
        var missing = items.Except(ready).ToList();
        if (missing.Count > 0 && !partial)
        {
            throw new DisputeRefusedException($"{missing.Count} of {items.Count} items of {notice.Name} are not approved: " +
                string.Join(", ", missing.Select(i => $"{i.DisputeId} ({DisputeStates.Text(i.State)}, branch {i.BranchCode})")) +
                ". Export with --partial to send the approved ones now.");
        }

        if (ready.Count == 0)
        {
            throw new DisputeRefusedException($"no item of {notice.Name} is approved yet; there is nothing to export.");
        }

        var answers = new List<ResponseItem>();
        foreach (var item in ready)
        {
            answers.Add(new ResponseItem(item, item.Answer!, await disputes.EvidenceAsync(item.Notice, item.DisputeId, cancellationToken)));
        }

        var path = new ResponsePackageWriter(fileSystem, evidence).Write(directory, notice, answers);
        var now = clock.GetUtcNow();
        var reason = $"exported in {fileSystem.Path.GetFileName(path)}" + (missing.Count > 0 ? $" (partial: {missing.Count} items left out)" : string.Empty);
        await ChangeAsync([.. ready.Where(i => i.State == DisputeState.Approved).Select(i =>
            new DisputeChange(i with { State = DisputeState.Exported, UpdatedAt = now }, new DisputeEvent(i.Notice, i.DisputeId, now, user.Name, i.State, DisputeState.Exported, reason), [], []))],
            cancellationToken);
        return new ExportResult(path, [.. ready.Select(i => i.DisputeId)], [.. missing.Select(i => i.DisputeId)]);
    }
}
