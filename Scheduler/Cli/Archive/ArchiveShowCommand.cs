using System.ComponentModel;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Archive;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Archive;

[Description("一个月份的已归档批次：各文件及其 SHA-256、快照 (snapshot) 的 SM3，以及发布时的审计链头 (audit chain head)（operator 或 auditor）。")]
public sealed class ArchiveShowCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<ArchiveShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ArchiveShowSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        foreach (var b in engine.Get<ArchiveService>().Show(ReportingPeriod.Parse(settings.Period!), actor))
        {
            console.WriteLine($"{b.Period} 第 {b.Batch:D2} 批：{b.Folder}");
            console.WriteLine(FormattableString.Invariant($"  审批人 (approved by) {b.ApprovedBy}，{b.ApprovedAt.ToOffset(ReportingDeadline.ShanghaiOffset):yyyy-MM-dd HH:mm:ss}（北京时间）；文字说明撰写人 {b.StatementBy ?? "-"}"));
            console.WriteLine($"  报文 (package) {b.PackageName} sha256 {b.PackageSha256}");
            console.WriteLine($"  快照 (snapshot) sm3 {b.SnapshotSm3}");
            console.WriteLine($"  审计链头 (audit chain head) {b.AuditHead}");
            foreach (var file in b.Files)
            {
                console.WriteLine($"  {file.Name}  sha256 {file.Sha256}");
            }
        }

        return (int)ExitCode.Ok;
    }
}
