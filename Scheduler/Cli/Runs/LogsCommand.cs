using System.ComponentModel;
using RiskReporting.Core.Runs;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Runs;

[Description("输出一次运行的日志 (run.log)（WORK/YYYYMM/BATCH/ 下的 run.log，经状态库 state store 查找）：每个步骤及其时间（Asia/Shanghai）、计数和摘要 (digests)。")]
public sealed class LogsCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<LogsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LogsSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var log = await engine.Get<StatusService>().RunLogAsync(settings.Run!, actor, engine.Stopping);
        console.WriteLine($"# {log.Run.Period} 第 {log.Run.Batch:D2} 批 {RunStateNames.Of(log.Run.State)}：{log.Path}");
        foreach (var line in log.Lines)
        {
            console.WriteLine(line);
        }

        return (int)ExitCode.Ok;
    }
}
