using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Trace;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Trace;

[Description("显示某次运行快照 (snapshot) 中的一条报表记录及其来源行（规则文件和键列 key columns）。")]
public sealed class TraceCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<TraceSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, TraceSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var period = ReportingPeriod.Parse(settings.Period!);
        var (run, part, record, overrides) = await engine.Get<TraceService>().TraceAsync(period, settings.Part!, settings.Key!, settings.Batch, actor, engine.Stopping);
        console.MarkupLineInterpolated($"{record.Part} {record.Key} — {period} 第 {run.Batch:D2} 批，规则集 (rule set) {run.RuleSetVersion}");
        var table = new Table().AddColumn("#").AddColumn("字段 (field)").AddColumn("值 (value)");
        for (var i = 0; i < part.Fields.Count; i++)
        {
            table.AddRow((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), part.Fields[i].Name, Markup.Escape(record.Values[i]));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"来源 (source)：{record.Sources}");
        foreach (var o in overrides)
        {
            console.MarkupLineInterpolated($"补录 {o.Id}：{o.Field} = {o.Value}（{o.By} {o.At.ToOffset(RiskReporting.Core.Calendar.ReportingDeadline.ShanghaiOffset):yyyy-MM-dd HH:mm} 北京时间：{o.Reason}）{(o.Active ? "，下次运行时应用" : $" — 已撤销（{o.RemovedBy}）")}");
        }

        return (int)ExitCode.Ok;
    }
}
