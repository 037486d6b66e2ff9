using System.ComponentModel;
using RiskReporting.Engine.Backup;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Backup;

[Description("核对每个成员的 SHA-256 后将备份恢复 (restore) 到空文件夹，然后对其最新批次运行 `audit verify` 和 `verify`（itops）：两者都通过时退出码为 0，否则为 1。")]
public sealed class RestoreCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<RestoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RestoreSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var result = await engine.Get<RestoreService>().RestoreAsync(settings.File!, settings.Into!, actor, engine.Stopping);
        console.WriteLine($"已恢复 (restored) {result.Manifest.Members.Count} 个文件到 {result.Directory}（备份于 {result.Manifest.TakenAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} 北京时间，备份人 {result.Manifest.TakenBy}）；用作 --work {result.Directory}。");
        if (result.Audit.Intact)
        {
            console.WriteLine($"audit verify：审计链完好 (intact)：{result.Audit.Entries} 条，链头 {result.Audit.Head}。");
        }
        else
        {
            Console.Error.WriteLine(Refusals.FailedPrefix + "audit verify：审计链已被破坏 (the audit chain is broken)：" + result.Audit.Problem);
        }

        if (result.Verification is null)
        {
            console.WriteLine("verify：备份中没有生成过报文的批次。");
        }
        else if (result.Verification.Verified)
        {
            console.WriteLine($"verify {result.Batch}：{result.Verification.PackageName} 验证通过 (verified)，sha256 {result.Verification.RebuiltSha256}。");
        }
        else
        {
            Console.Error.WriteLine($"{Refusals.FailedPrefix}verify {result.Batch}：{result.Verification.PackageName} 校验未通过 (does NOT verify)：{string.Join("；", result.Verification.Problems)}。");
        }

        return (int)(result.Passed ? ExitCode.Ok : ExitCode.Failed);
    }
}
