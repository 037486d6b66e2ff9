using System.ComponentModel;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("导入一致性举证通知 (consistency-dispute notice)，并将其争议项分派给各机构；全部导入或全不导入 (all or nothing)，重复导入不作任何更改。")]
public sealed class DisputesImportCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<DisputesImportSettings>(composer, console)
{
    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, DisputesImportSettings settings, CancellationToken cancellationToken)
    {
        var result = await disputes.ImportAsync(settings.File, actor, cancellationToken);
        var notice = result.Notice;
        if (result.AlreadyImported)
        {
            Console.MarkupLineInterpolated($"通知 {notice.Name} 已于 {notice.ImportedAt.ToOffset(RiskReporting.Core.Calendar.ReportingDeadline.ShanghaiOffset):yyyy-MM-dd HH:mm}（北京时间）由 {notice.ImportedBy} 导入 (already imported)，未作更改。");
            return (int)ExitCode.Ok;
        }

        var branchDue = result.Items.Count > 0 ? $"，机构截止 (branches due) {result.Items[0].BranchDue:yyyy-MM-dd}" : string.Empty;
        Console.MarkupLineInterpolated($"已导入通知 (imported notice) [bold]{notice.Name}[/]：{result.Items.Count} 项，截止 {notice.DueDate:yyyy-MM-dd}{branchDue}。");
        foreach (var group in result.Items.GroupBy(i => (i.BranchCode, i.Unassigned)).OrderBy(g => g.Key.BranchCode, StringComparer.Ordinal))
        {
            Console.MarkupLineInterpolated($"  机构 (branch) {(group.Key.BranchCode.Length == 0 ? "（总行 head office）" : group.Key.BranchCode)}：{group.Count()} 项{(group.Key.Unassigned ? " — 未分派 (unassigned)：找不到管户机构，由总行决定" : string.Empty)}");
        }

        return (int)ExitCode.Ok;
    }
}
