using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("将最新批次的校验结果 (findings) 写成供人阅读的电子表格（findings.xlsx：中文表头、客户名称、单位，代码按文本存放），或写出单个机构的（findings-CODE.xlsx）。")]
public sealed class FindingsCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<FindingsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FindingsSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var path = await engine.Get<FindingWorkbookService>().WriteAsync(ReportingPeriod.Parse(settings.Period!), settings.Branch, actor, engine.Stopping);
        console.WriteLine(path);
        return (int)ExitCode.Ok;
    }
}
