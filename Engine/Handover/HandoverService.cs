using System.Globalization;
using System.IO.Abstractions;
using System.Security.Cryptography;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Reports;

namespace RiskReporting.Engine.Handover;

/// <summary>
/// Handover when staff change (客户信息统计制度 第13–16条, issue #18): an admin lists what the old user holds as a 交接清单
/// (PDF under WORK/archive/handover/), the items pass to the new user, the new user acknowledges with their own session,
/// and only then is the old user disabled. Each item keeps its author, so history still names the old user.
/// </summary>
public sealed class HandoverService(IRecordsStore records, IStateStore store, EnginePaths paths, IFileSystem fileSystem, TimeProvider clock)
{
    public const string Title = "交接清单";

    /// <summary>The folder the lists are filed in: WORK/archive/handover.</summary>
    public string Folder => fileSystem.Path.Combine(paths.WorkDirectory, "archive", "handover");

    /// <summary>`users handover OLD --to NEW`: writes the list, reassigns its items to NEW, and waits for NEW's acknowledgement.</summary>
    public async Task<Core.State.Handover> HandOverAsync(string from, string to, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAdmin(actor);
        await CheckUsersAsync(from, to, actor, cancellationToken);
        var items = await records.HoldingsAsync(from, cancellationToken);
        var id = "H" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var now = clock.GetUtcNow();
        var draft = new Core.State.Handover(id, from, to, actor.Name, now, items, string.Empty, string.Empty);
        var path = fileSystem.Path.Combine(Folder, id + ".pdf");
        fileSystem.Directory.CreateDirectory(Folder);
        ReportPdf.Write(fileSystem, path + ".tmp", Title, Preface(draft), Sections(draft));
        fileSystem.File.Move(path + ".tmp", path, overwrite: true);
        var handover = draft with { PdfPath = path, PdfSha256 = Sha256(path) };
        await records.SaveHandoverAsync(handover, cancellationToken);
        return handover;
    }

    /// <summary>`users handover --acknowledge ID`: the new user, logged in as themself, receives the list; the old user is then disabled.</summary>
    public async Task<Core.State.Handover> AcknowledgeAsync(string handoverId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var handover = await ExistingAsync(handoverId, cancellationToken);
        if (handover.To != actor.Name)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"交接未确认：交接清单 {handoverId} 须由接收人 '{handover.To}' 本人登录后确认。");
        }

        if (handover.AcknowledgedAt is not null || !await records.AcknowledgeHandoverAsync(handoverId, clock.GetUtcNow(), cancellationToken))
        {
            throw new RefusalException(RefusalCode.StateConflict, $"交接未确认：交接清单 {handoverId} 已经确认过。");
        }

        return await ExistingAsync(handoverId, cancellationToken);
    }

    /// <summary>One list with its items: for admins and auditors, and for the two users it is between.</summary>
    public async Task<Core.State.Handover> ShowAsync(string handoverId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var handover = await ExistingAsync(handoverId, cancellationToken);
        if (actor.Name != handover.To && actor.Name != handover.From)
        {
            Roles.RequireAuditReader(actor);
        }

        return handover;
    }

    /// <summary>The list's sections as the PDF and the portal show them: one table per kind of item, then the analysis reports and the signatures.</summary>
    public static IReadOnlyList<ReportSection> Sections(Core.State.Handover handover)
    {
        ArgumentNullException.ThrowIfNull(handover);
        var sections = new List<ReportSection>();
        foreach (var (kind, heading) in HandoverKinds.Sections)
        {
            var rows = handover.Items.Where(i => i.Kind == kind).Select(i => (IReadOnlyList<string>)[i.Period, i.Description, i.ItemId]).ToList();
            sections.Add(new ReportSection(heading, ["期间", "事项", "编号"], rows, rows.Count == 0 ? "无" : null));
        }

        sections.Add(new ReportSection(HandoverKinds.ReportsHeading, ["期间", "事项", "编号"], [], "无：分析报告的改进建议尚未按撰写人保存。"));
        sections.Add(new ReportSection("六、交接确认", ["移交人", "接收人", "监交人"], [[handover.From, handover.To, handover.MadeBy]],
            handover.AcknowledgedAt is { } at
                ? $"接收人已于 {Shanghai(at)} 确认，移交人的账号已停用。"
                : $"待接收人确认：riskreport users handover --acknowledge {handover.HandoverId}"));
        return sections;
    }

    public static IReadOnlyList<string> Preface(Core.State.Handover handover)
    {
        ArgumentNullException.ThrowIfNull(handover);
        return
        [
            $"交接编号：{handover.HandoverId}",
            $"移交人：{handover.From}    接收人：{handover.To}    监交人（管理员）：{handover.MadeBy}",
            $"编制时间：{Shanghai(handover.MadeAt)}（北京时间）    事项数：{handover.Items.Count.ToString(CultureInfo.InvariantCulture)}",
            "依据：客户信息统计制度第十三至十六条。交接后各事项由接收人负责，原记录的作者和审计记录不变。",
        ];
    }

    private async Task CheckUsersAsync(string from, string to, Actor actor, CancellationToken cancellationToken)
    {
        if (from == to)
        {
            throw new RefusalException(RefusalCode.InvalidInput, "交接未进行：移交人和接收人不能是同一个人。");
        }

        if (from == actor.Name)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"交接未进行：'{actor.Name}' 不能为自己办理交接，须由另一位管理员办理。");
        }

        var old = await store.FindCredentialsAsync(from, cancellationToken)
            ?? throw new RefusalException(RefusalCode.NotFound, $"交接未进行：'{from}' 不是用户（见 `riskreport users list`）。");
        var successor = await store.FindCredentialsAsync(to, cancellationToken)
            ?? throw new RefusalException(RefusalCode.NotFound, $"交接未进行：'{to}' 不是用户（见 `riskreport users list`）。");
        if (old.Disabled || successor.Disabled)
        {
            throw new RefusalException(RefusalCode.StateConflict, $"交接未进行：'{(old.Disabled ? from : to)}' 已停用。");
        }
    }

    private async Task<Core.State.Handover> ExistingAsync(string handoverId, CancellationToken cancellationToken) =>
        await records.FindHandoverAsync(handoverId, cancellationToken)
            ?? throw new RefusalException(RefusalCode.NotFound, $"没有交接清单 {handoverId}。");

    private string Sha256(string path)
    {
        using var stream = fileSystem.File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Shanghai(DateTimeOffset time) =>
        time.ToOffset(Core.Calendar.ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
