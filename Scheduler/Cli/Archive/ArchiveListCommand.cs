using System.ComponentModel;
using RiskReporting.Core.Calendar;
using RiskReporting.Engine.Archive;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Archive;

[Description("统计档案 (statistics archive)（第8–9条）：每个已发布的批次按年、季度和月归档，从最早的开始列出（operator 或 auditor）。")]
public sealed class ArchiveListCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<ArchiveListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ArchiveListSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var batches = engine.Get<ArchiveService>().List(settings.Year, actor);
        foreach (var b in batches)
        {
            console.WriteLine(FormattableString.Invariant(
                $"{b.ReportingPeriod.Year}Q{b.Quarter} {b.Period} 第 {b.Batch:D2} 批  {b.PackageName}  审批人 (approved by) {b.ApprovedBy} {b.ApprovedAt.ToOffset(ReportingDeadline.ShanghaiOffset):yyyy-MM-dd HH:mm}（北京时间）  {b.Folder}"));
        }

        console.WriteLine($"已归档 {batches.Count} 个批次 (batches filed)。");
        return (int)ExitCode.Ok;
    }
}
