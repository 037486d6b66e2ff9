using System.Globalization;
using System.IO.Abstractions;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Purge;

/// <summary>
/// Destruction only after approval (客户信息统计制度 第10条, issue #18): the plan lists what is past retention, a request
/// records it with its SHA-256s, each position of the approval chain approves in turn (a different user each, never the
/// requester), and only then does execution delete the files and rows, recording in the audit chain what was destroyed.
/// </summary>
public sealed class PurgeService(
    IRecordsStore records,
    IStateStore store,
    EnginePaths paths,
    Archive.ArchiveService archive,
    IFileSystem fileSystem,
    TimeProvider clock,
    IOptions<PurgeOptions> options)
{
    private readonly PurgePlanner _planner = new(store, records, paths, archive, fileSystem);

    private IReadOnlyList<string> Chain => options.Value.Chain;

    /// <summary>`purge --plan`: what is past retention now; changes nothing.</summary>
    public async Task<PurgePlan> PlanAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequirePurgeOperator(actor);
        var policy = RetentionPolicy.Load(fileSystem, RetentionFile());
        return new PurgePlan(policy, await _planner.PlanAsync(policy, clock.GetUtcNow(), cancellationToken));
    }

    /// <summary>`purge --request`: records the current plan as a request awaiting the approval chain.</summary>
    public async Task<PurgeStatus> RequestAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(actor, cancellationToken);
        if (plan.Items.Count == 0)
        {
            throw new RefusalException(RefusalCode.StateConflict, $"销毁申请未记录：按 {plan.Policy.File}，目前没有超过保管期限的记录。");
        }

        var request = new PurgeRequest(NewId(), actor.Name, clock.GetUtcNow(), plan.Items, []);
        await records.SavePurgeRequestAsync(request, cancellationToken);
        return new PurgeStatus(request, Chain);
    }

    /// <summary>`purge --show ID`: the request, its items and its approvals so far.</summary>
    public async Task<PurgeStatus> ShowAsync(string purgeId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Is(Core.State.UserRoleKind.Auditor))
        {
            Roles.RequirePurgeOperator(actor);
        }

        return new PurgeStatus(await ExistingAsync(purgeId, cancellationToken), Chain);
    }

    /// <summary>`purge --approve ID`: the next step of the chain, by a user holding its position who has not approved another step and did not request it.</summary>
    public async Task<PurgeStatus> ApproveAsync(string purgeId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var request = await ExistingAsync(purgeId, cancellationToken);
        var status = new PurgeStatus(request, Chain);
        if (status.Executed || status.NextPosition is not { } needed)
        {
            throw new RefusalException(RefusalCode.StateConflict, $"审批未记录：销毁申请 {purgeId} 已{(status.Executed ? "执行" : "完成全部审批")}。");
        }

        if (actor.Role is null)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"审批未记录：'{actor.Name}' 不是登记的用户。");
        }

        if (request.RequestedBy == actor.Name)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"审批未记录：'{actor.Name}' 是销毁申请 {purgeId} 的申请人，不能审批自己的申请。");
        }

        if (request.Approvals.Any(a => a.By == actor.Name))
        {
            throw new RefusalException(RefusalCode.StateConflict, $"审批未记录：'{actor.Name}' 已批准过销毁申请 {purgeId} 的一步，每一步须由不同的人批准。");
        }

        var positions = await records.PositionsAsync(cancellationToken);
        var held = positions.GetValueOrDefault(actor.Name);
        if (held != needed)
        {
            throw new RefusalException(RefusalCode.NotAllowed,
                $"审批未记录：销毁申请 {purgeId} 第 {request.Approvals.Count + 1} 步须由{needed}批准，'{actor.Name}' 的职务为{held ?? "（未设定）"}。");
        }

        var approval = new PurgeApproval(request.Approvals.Count + 1, needed, actor.Name, clock.GetUtcNow());
        if (!await records.AddPurgeApprovalAsync(purgeId, approval, cancellationToken))
        {
            throw new RefusalException(RefusalCode.StateConflict, $"审批未记录：销毁申请 {purgeId} 第 {approval.Step} 步已由他人批准，请重新查看申请。");
        }

        return new PurgeStatus(await ExistingAsync(purgeId, cancellationToken), Chain);
    }

    /// <summary>`purge --execute ID`: once every step is in, deletes the files and rows the request lists, if they are still as planned.</summary>
    public async Task<PurgeStatus> ExecuteAsync(string purgeId, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequirePurgeOperator(actor);
        var request = await ExistingAsync(purgeId, cancellationToken);
        var status = new PurgeStatus(request, Chain);
        if (status.Executed)
        {
            throw new RefusalException(RefusalCode.StateConflict, $"销毁未执行：销毁申请 {purgeId} 已于 {ShanghaiText(request.ExecutedAt!.Value)} 执行。");
        }

        if (status.NextPosition is not null)
        {
            var missing = string.Join("、", Chain.Skip(request.Approvals.Count));
            throw new RefusalException(RefusalCode.StateConflict,
                $"销毁未执行：销毁申请 {purgeId} 尚缺 {missing} 的审批；须由 {string.Join("、", Chain)} 各自批准后才能销毁（客户信息统计制度第十条）。");
        }

        await CheckUnchangedAsync(request, cancellationToken);
        await DestroyAsync(request, actor, cancellationToken);
        return new PurgeStatus(await ExistingAsync(purgeId, cancellationToken), Chain);
    }

    /// <summary>Each item must still be past retention with the SHA-256 the approvers saw: what changed since is not destroyed on their approval.</summary>
    private async Task CheckUnchangedAsync(PurgeRequest request, CancellationToken cancellationToken)
    {
        var policy = RetentionPolicy.Load(fileSystem, RetentionFile());
        var now = await _planner.PlanAsync(policy, clock.GetUtcNow(), cancellationToken);
        var changed = request.Items.Where(i => !now.Any(n => n.Kind == i.Kind && n.Target == i.Target && n.Sha256 == i.Sha256)).ToList();
        if (changed.Count > 0)
        {
            throw new RefusalException(RefusalCode.StateConflict,
                $"销毁未执行：销毁申请 {request.PurgeId} 的 {changed.Count} 项已变化或不再超过保管期限（{changed[0].Target}），请重新申请。");
        }
    }

    /// <summary>
    /// Folders are first renamed aside (a temporary name), then the rows go and the audit entry is written in one
    /// transaction; only after the commit are the renamed folders deleted. A failed transaction renames them back.
    /// </summary>
    private async Task DestroyAsync(PurgeRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var moved = new List<(string Folder, string Aside)>();
        try
        {
            foreach (var item in request.Items.Where(i => i.RunId is null))
            {
                var folder = fileSystem.Path.GetFullPath(item.Target, paths.WorkDirectory);
                var aside = folder + ".purging-" + request.PurgeId;
                fileSystem.Directory.Move(folder, aside);
                moved.Add((folder, aside));
            }

            if (!await records.ExecutePurgeAsync(request.PurgeId, actor.Name, AuditDetail(request), cancellationToken))
            {
                throw new RefusalException(RefusalCode.StateConflict, $"销毁未执行：销毁申请 {request.PurgeId} 已由他人执行。");
            }
        }
        catch
        {
            foreach (var (folder, aside) in moved)
            {
                fileSystem.Directory.Move(aside, folder);
            }

            throw;
        }

        foreach (var (_, aside) in moved)
        {
            fileSystem.Directory.Delete(aside, recursive: true);
        }
    }

    private static string AuditDetail(PurgeRequest request) =>
        $"已销毁 (destroyed) {request.Items.Count} 项："
        + string.Join("；", request.Items.Select(i => $"{i.Kind} {i.Target} sha256 {i.Sha256}"))
        + $"；申请人 (requested by) {request.RequestedBy}；审批人 (approved by) "
        + string.Join("，", request.Approvals.Select(a => $"{a.Step} {a.Position} {a.By}"));

    private async Task<PurgeRequest> ExistingAsync(string purgeId, CancellationToken cancellationToken) =>
        await records.FindPurgeRequestAsync(purgeId, cancellationToken)
            ?? throw new RefusalException(RefusalCode.NotFound, $"没有销毁申请 {purgeId}（`riskreport purge --request` 会打印申请号）。");

    private string RetentionFile() => string.IsNullOrEmpty(options.Value.Retention)
        ? fileSystem.Path.Combine(AppContext.BaseDirectory, "rules", "retention.csv")
        : fileSystem.Path.GetFullPath(options.Value.Retention, paths.BaseDirectory);

    private static string NewId() => "P" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    private static string ShanghaiText(DateTimeOffset time) =>
        time.ToOffset(Core.Calendar.ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
