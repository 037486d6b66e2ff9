using System.IO.Abstractions;
using RiskReporting.Core.Calendar;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Notices;
using RiskReporting.Evidence.Store;

namespace RiskReporting.Evidence.Handling;

/// <summary>
/// The consistency-dispute workflow of disputes.md: import a notice, assign its items to branches, take
/// evidence and answers from the branches, review them in credit management, export the response. Every
/// action names a user, and the access rules (<see cref="DisputeAccess"/>) are checked here, so every front
/// end inherits them.
/// </summary>
public sealed partial class DisputeService(
    IStateStore state,
    IDisputeStore disputes,
    EvidenceStore evidence,
    IFileSystem fileSystem,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    string org,
    DisputeOptions options)
{
    public async Task<ImportResult> ImportAsync(string path, string userName, CancellationToken cancellationToken = default)
    {
        var user = await UserAsync(userName, cancellationToken);
        DisputeAccess.RequireOperator(user, "导入核查通知 (notice)");
        var file = new NoticeReader(fileSystem).Read(path, org);
        if (await disputes.FindNoticeAsync(file.Name, cancellationToken) is { } existing)
        {
            return existing.ContentSm3 == file.ContentSm3
                ? new ImportResult(existing, await disputes.ListItemsAsync(existing.Name, null, null, cancellationToken), AlreadyImported: true)
                : throw new NoticeRejectedException([new NoticeProblem(fileSystem.Path.GetFileName(path), 0,
                    $"核查通知 {file.Name} 已于 {existing.ImportedAt.ToOffset(ReportingDeadline.ShanghaiOffset):yyyy-MM-dd} 导入，但内容不同 (already imported, SM3 {existing.ContentSm3})：变更的通知应作为新的 ROUND 下发")]);
        }

        var directory = await disputes.BranchDirectoryAsync(file.Period, file.Batch, cancellationToken) ?? BranchDirectory.Empty;
        var now = clock.GetUtcNow();
        var notice = new DisputeNotice(file.Name, file.Org, file.Period, file.Batch, file.Round, file.NoticeDate, file.DueDate, file.Lines.Count, file.ContentSm3, user.Name, now);
        var branchDue = calendar.WorkingDaysBefore(file.DueDate, options.BranchLeadWorkingDays);
        var items = file.Lines.Select((line, i) =>
        {
            var (branch, unassigned) = Assign(line, directory);
            return new DisputeItem(notice.Name, i + 1, line, branch, unassigned, branchDue, DisputeState.Assigned, null, null, null, now);
        }).ToList();
        await disputes.ImportNoticeAsync(notice, items, cancellationToken);
        return new ImportResult(notice, items, AlreadyImported: false);
    }

    /// <summary>The managing branch of the customer; else the branch whose bank_code the regulator named; else head office, flagged.</summary>
    public static (string Branch, bool Unassigned) Assign(NoticeLine line, BranchDirectory directory) =>
        directory.ManagingBranches.TryGetValue(line.CustCode, out var managing) ? (managing, false)
        : directory.BranchesByBankCode.TryGetValue(line.VerifyBankCode, out var verifying) ? (verifying, false)
        : (directory.HeadOffice, true);

    public async Task<IReadOnlyList<DisputeItem>> ListAsync(string userName, string? notice, string? branch, DisputeState? inState, bool overdueOnly, CancellationToken cancellationToken = default)
    {
        var user = await UserAsync(userName, cancellationToken);
        var scope = DisputeAccess.ListScope(user);
        if (scope is not null && branch is not null && branch != scope)
        {
            return [];
        }

        var today = Today;
        var items = await disputes.ListItemsAsync(notice, scope ?? branch, inState, cancellationToken);
        return [.. items.Where(i => DisputeAccess.CanSee(user, i) && (!overdueOnly || i.IsOverdue(today)))];
    }

    public async Task<ItemDetails> ShowAsync(ItemReference reference, string userName, CancellationToken cancellationToken = default)
    {
        var (_, item) = await VisibleItemAsync(reference, userName, cancellationToken);
        var notice = (await disputes.FindNoticeAsync(item.Notice, cancellationToken))!;
        return new ItemDetails(item, notice, await disputes.EvidenceAsync(item.Notice, item.DisputeId, cancellationToken),
            await disputes.EventsAsync(item.Notice, item.DisputeId, cancellationToken), item.IsOverdue(Today));
    }

    /// <summary>Today in Shanghai, the day overdue is judged by.</summary>
    public DateOnly Today => ReportingDeadline.ShanghaiDay(clock.GetUtcNow());

    private async Task<UserAccount> UserAsync(string name, CancellationToken cancellationToken) =>
        await state.FindUserAsync(name, cancellationToken)
        ?? throw new DisputeRefusedException($"'{name}' 不是用户 (not a user)：请用 `riskreport users add {name} --role ROLE` 添加。");

    /// <summary>The item the reference names, provided the user may see it; otherwise the same refusal whether it exists or not.</summary>
    private async Task<(UserAccount User, DisputeItem Item)> VisibleItemAsync(ItemReference reference, string userName, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userName, cancellationToken);
        var found = (await disputes.FindItemsAsync(reference.DisputeId, cancellationToken))
            .Where(i => (reference.Notice is null || i.Notice == reference.Notice) && DisputeAccess.CanSee(user, i)).ToList();
        return found switch
        {
            [var item] => (user, item),
            [] => throw DisputeAccess.NotVisible(user, reference.DisputeId),
            _ => throw new DisputeRefusedException(
                $"争议项 {reference.DisputeId} 出现在 {found.Count} 个核查通知中（{string.Join("、", found.Select(i => i.Notice))}）：请用 --notice 指明其一。"),
        };
    }

    private async Task ChangeAsync(IReadOnlyList<DisputeChange> changes, CancellationToken cancellationToken)
    {
        if (!await disputes.ChangeItemsAsync(changes, cancellationToken))
        {
            throw new DisputeRefusedException("该争议项已被他人修改 (changed meanwhile)：请重新查看 (`riskreport disputes show`) 后再操作。");
        }
    }
}
