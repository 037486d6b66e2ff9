using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("为审批说明一条 WARNING 校验结果（规则和键 key），或某规则下所有未说明的结果（情况说明 explanation）；连同说明人和时间一并保存。")]
public sealed class ExplainCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<ExplainSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var period = ReportingPeriod.Parse(settings.Period!);
        var result = await engine.Get<FindingService>().ExplainAsync(new ExplainRequest(period, settings.Rule!, settings.Key, settings.Text!, settings.CarryForward), actor, engine.Stopping);
        console.MarkupLineInterpolated($"已由 {actor.Name} 说明 (explained) {period} 第 {result.Run.Batch:D2} 批 {settings.Rule} 的 {result.Explained} 条提示{(settings.CarryForward ? "（数据不变时沿用 carried forward）" : string.Empty)}。");
        return (int)ExitCode.Ok;
    }
}
