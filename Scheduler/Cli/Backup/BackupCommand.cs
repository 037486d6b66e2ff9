using System.ComponentModel;
using RiskReporting.Engine.Backup;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Backup;

[Description("将状态库、运行文件夹、发件箱 (outbox)、举证材料库、档案和配置一致地备份 (backup) 到一个文件中，运行写入期间也可安全执行（itops）。")]
public sealed class BackupCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<BackupSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BackupSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var backup = await engine.Get<BackupService>().WriteAsync(settings.Out!, actor, engine.Stopping);
        console.WriteLine($"{backup.Path}：{backup.Manifest.Members.Count} 个文件，{backup.Manifest.Runs} 次运行，状态库 {backup.Manifest.StoreKind}，审计链头 (audit chain head) {backup.Manifest.AuditHead}。");
        console.WriteLine($"sha256 {backup.Sha256}");
        return (int)ExitCode.Ok;
    }
}
