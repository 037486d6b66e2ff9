using System.ComponentModel;
using System.Globalization;
using RiskReporting.Core.State;
using RiskReporting.Engine.Purge;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Purge;

[Description("销毁已超过保存期限 (retention) 的记录，须经审批（第10条）：--plan（operator 或 itops）列出这些记录；--request 记录该清单；--approve ID 由审批链上的各岗位依次审批；--execute ID 执行销毁。")]
public sealed class PurgeCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<PurgeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PurgeSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = settings.Plan || settings.Show is not null
            ? await composer.StartReadingAsync(settings, cancellationToken)
            : await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var purge = engine.Get<PurgeService>();
        if (settings.Plan)
        {
            var plan = await purge.PlanAsync(actor, engine.Stopping);
            var rules = string.Join("，", plan.Policy.Rules.Select(r => $"{r.Kind} {r.Years} 年"));
            console.MarkupLineInterpolated($"保管期限 (retention policy) {plan.Policy.File}：{rules}");
            WriteItems(plan.Items);
            console.MarkupLineInterpolated($"{plan.Items.Count} 项已超过保管期限 (past retention)；未作任何更改。");
            return (int)ExitCode.Ok;
        }

        var status = settings.Request ? await purge.RequestAsync(actor, engine.Stopping)
            : settings.Show is { } show ? await purge.ShowAsync(show, actor, engine.Stopping)
            : settings.Approve is { } approve ? await purge.ApproveAsync(approve, actor, engine.Stopping)
            : await purge.ExecuteAsync(settings.Execute!, actor, engine.Stopping);
        if (settings.Request)
        {
            console.WriteLine(status.Request.PurgeId);
        }

        WriteStatus(status);
        return (int)ExitCode.Ok;
    }

    private void WriteStatus(PurgeStatus status)
    {
        var request = status.Request;
        console.MarkupLineInterpolated($"销毁申请 (purge request) [bold]{request.PurgeId}[/]，申请人 {request.RequestedBy}，{request.Items.Count} 项。");
        WriteItems(request.Items);
        for (var step = 0; step < status.Chain.Count; step++)
        {
            var approval = request.Approvals.FirstOrDefault(a => a.Step == step + 1);
            console.MarkupLineInterpolated($"  第 {step + 1} 步 {status.Chain[step]}：{(approval is null ? "待审批 (awaiting)" : "已批准 (approved)，" + approval.By)}");
        }

        console.MarkupLineInterpolated($"{(status.Executed ? $"已由 {request.ExecutedBy} 执行销毁 (executed)，已记入审计链。" : status.NextPosition is { } next ? $"下一步：由{next}用 `riskreport purge --approve {request.PurgeId}` 批准。" : $"审批已齐全 (all approvals in)：`riskreport purge --execute {request.PurgeId}`。")}");
    }

    private void WriteItems(IReadOnlyList<PurgeItem> items)
    {
        var table = new Table().AddColumn("类别 (kind)").AddColumn("路径或记录 (path or rows)").AddColumn(new TableColumn("已保存天数 (age, days)").RightAligned()).AddColumn("sha256");
        foreach (var item in items)
        {
            table.AddRow(item.Kind, Markup.Escape(item.Target), item.AgeDays.ToString(CultureInfo.InvariantCulture), item.Sha256);
        }

        console.Write(table);
    }
}
