using System.ComponentModel;
using RiskReporting.Engine.Reports;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Reports;

[Description("季度或年度分析报告 (analysis report)（第17、19条）：由已归档批次重新计算，以 HTML 和 PDF 写入档案（operator 或 auditor）；--proposals FILE（operator）保存报告末尾的改进建议。")]
public sealed class ReportCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<ReportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var scope = settings.Quarter is { } quarter ? ReportScope.ParseQuarter(quarter) : ReportScope.OfYear(settings.Year!.Value);
        var report = await engine.Get<ReportService>().WriteAsync(scope, actor, settings.Proposals, engine.Stopping);
        if (report.InProgress)
        {
            console.WriteLine($"{scope.Label} 尚未结束 (in progress)：按目前已报送的 {report.Months.Count}/{scope.Months.Count} 个月编制。");
        }

        if (settings.Proposals is not null)
        {
            console.WriteLine($"{scope.Label}：改进建议已由 {actor.Name} 保存 (proposals stored)。");
        }

        console.WriteLine(report.HtmlPath);
        console.WriteLine(report.PdfPath);
        return (int)ExitCode.Ok;
    }
}
