using System.ComponentModel;
using RiskReporting.Engine.Audit;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Audit;

[Description("核验 SM3 审计链及随每个报送包发布的链头 (heads)（auditor 或 admin）：完好 (intact) 时退出码为 0；为 1 时指出第一条被修改、删除或重排的记录。")]
public sealed class AuditVerifyCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<CommonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var result = await engine.Get<AuditService>().VerifyAsync(actor, engine.Stopping);
        if (!result.Intact)
        {
            Console.Error.WriteLine(Refusals.FailedPrefix + "审计链已被破坏 (the audit chain is broken)：" + result.Problem);
            return (int)ExitCode.Failed;
        }

        console.MarkupLineInterpolated($"审计链完好 (intact)：{result.Entries} 条，链头 {result.Head}。");
        return (int)ExitCode.Ok;
    }
}
