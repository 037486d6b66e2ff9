using System.ComponentModel;
using RiskReporting.Engine.Audit;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Audit;

[Description("Check the SM3 audit chain and the heads published beside each package (auditor or admin): exit 0 intact, 1 naming the first entry changed, removed or reordered.")]
public sealed class AuditVerifyCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<CommonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var result = await engine.Get<AuditService>().VerifyAsync(actor, engine.Stopping);
        if (!result.Intact)
        {
            Console.Error.WriteLine(Refusals.FailedPrefix + "审计链已被破坏 (the audit chain is broken): " + result.Problem);
            return (int)ExitCode.Failed;
        }

        console.MarkupLineInterpolated($"审计链完好 (intact)：{result.Entries} 条，链头 {result.Head}。");
        return (int)ExitCode.Ok;
    }
}
