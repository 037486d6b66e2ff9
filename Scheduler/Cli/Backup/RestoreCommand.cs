using System.ComponentModel;
using RiskReporting.Engine.Backup;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Backup;

[Description("Restore a backup into an empty folder after checking every member's SHA-256, then run `audit verify` and `verify` on its latest batch (itops): exit 0 when both pass, 1 otherwise.")]
public sealed class RestoreCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<RestoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RestoreSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var result = await engine.Get<RestoreService>().RestoreAsync(settings.File!, settings.Into!, actor, engine.Stopping);
        console.WriteLine($"Restored {result.Manifest.Members.Count} member(s) into {result.Directory} (taken {result.Manifest.TakenAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC by {result.Manifest.TakenBy}); use it as --work {result.Directory}.");
        if (result.Audit.Intact)
        {
            console.WriteLine($"audit verify: the audit chain is intact: {result.Audit.Entries} entries, head {result.Audit.Head}.");
        }
        else
        {
            Console.Error.WriteLine(Refusals.FailedPrefix + "audit verify: 审计链已被破坏 (the audit chain is broken): " + result.Audit.Problem);
        }

        if (result.Verification is null)
        {
            console.WriteLine("verify: the backup holds no batch that built a package.");
        }
        else if (result.Verification.Verified)
        {
            console.WriteLine($"verify {result.Batch}: {result.Verification.PackageName} verified, sha256 {result.Verification.RebuiltSha256}.");
        }
        else
        {
            Console.Error.WriteLine($"{Refusals.FailedPrefix}verify {result.Batch}: {result.Verification.PackageName} 校验未通过 (does NOT verify): {string.Join("; ", result.Verification.Problems)}.");
        }

        return (int)(result.Passed ? ExitCode.Ok : ExitCode.Failed);
    }
}
