using System.ComponentModel;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("列出争议项及其机构、状态 (state) 和截止日期；已逾期 (overdue) 的项会标出。机构用户只能看到本机构的争议项。")]
public sealed class DisputesListCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<DisputesListSettings>(composer, console)
{
    protected override bool ReadsOnly => true;

    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, DisputesListSettings settings, CancellationToken cancellationToken)
    {
        var items = await disputes.ListAsync(settings.Notice, settings.Branch, settings.ParsedState, settings.Overdue, actor, cancellationToken);
        var table = new Table().AddColumns("通知 (notice)", "举证项 (item)", "校验 (check)", "客户 (customer)", "字段 (field)", "机构 (branch)", "状态 (state)", "机构截止 (branch due)", "");
        foreach (var item in items)
        {
            var flags = string.Join(' ', new[] { item.IsOverdue(disputes.Today) ? "已逾期 (OVERDUE)" : null, item.Unassigned ? "未分派 (unassigned)" : null }.OfType<string>());
            table.AddRow(Markup.Escape(item.Notice), Markup.Escape(item.DisputeId), Markup.Escape(item.Line.CheckCode), Markup.Escape(item.Line.CustCode),
                Markup.Escape($"{item.Line.Part}.{item.Line.Field}"), Markup.Escape(item.BranchCode), DisputeStates.Text(item.State), $"{item.BranchDue:yyyy-MM-dd}", flags);
        }

        Console.Write(table);
        Console.MarkupLineInterpolated($"共 {items.Count} 项 (items)。");
        return (int)ExitCode.Ok;
    }
}
