using System.ComponentModel;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Audit;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Audit;

[Description("显示审计轨迹 (audit trail)，从最早的开始（auditor 或 admin）。")]
public sealed class AuditListCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<AuditListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AuditListSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var period = settings.Period is null ? (ReportingPeriod?)null : ReportingPeriod.Parse(settings.Period);
        var entries = await engine.Get<AuditService>().ListAsync(period, settings.Actor, actor, engine.Stopping);
        var table = new Table().AddColumn("序号 (no.)").AddColumn("时间 (北京时间)").AddColumn("操作人 (actor)").AddColumn("操作 (action)").AddColumn("对象 (subject)").AddColumn("详情 (detail)");
        foreach (var e in entries)
        {
            table.AddRow(e.Seq.ToString(CultureInfo.InvariantCulture), e.Entry.At.ToOffset(Core.Calendar.ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(e.Entry.Actor), Markup.Escape(e.Entry.Action), Markup.Escape(e.Entry.Subject), Markup.Escape(e.Entry.Detail));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"共 {entries.Count} 条 (entries)。");
        return (int)ExitCode.Ok;
    }
}
