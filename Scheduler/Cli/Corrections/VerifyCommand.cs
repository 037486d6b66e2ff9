using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Verification;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Corrections;

[Description("Prove a past submission: rebuild its package from the stored snapshot, the overrides it applied and its correction file, and compare it with the SHA-256 recorded when it was built and with the run folder's copy until approval, the outbox's after it.")]
public sealed class VerifyCommand(EngineComposer composer, IAnsiConsole console, Runs.StepProgress steps) : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var verification = engine.Get<VerificationService>();
        var result = await steps.ShowAsync(progress => verification.VerifyAsync(ReportingPeriod.Parse(settings.Period!), settings.Batch!.Value, actor, progress, engine.Stopping));
        if (!result.Verified)
        {
            Console.Error.WriteLine($"{Refusals.FailedPrefix}{result.PackageName} 校验未通过 (does NOT verify): {string.Join("; ", result.Problems)}.");
            return (int)ExitCode.Failed;
        }

        console.MarkupLineInterpolated($"{result.PackageName} 验证通过 (verified)：由存储的快照重建，sha256 {result.RebuiltSha256} 与记录值及每份副本一致。");
        return (int)ExitCode.Ok;
    }
}
