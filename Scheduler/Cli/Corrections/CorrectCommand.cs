using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Corrections;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Cli.Runs;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Corrections;

[Description("订正已发布的报告期 (correct)：重新抽取、应用生效的修订、校验，并生成第 N+1 批及列出每项 A/D/U 差异的订正文件。没有任何变化时拒绝 (refused)。")]
public sealed class CorrectCommand(EngineComposer composer, RunSummary summary, Runs.StepProgress steps) : AsyncCommand<CorrectSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CorrectSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, settings.SourceFlags(), cancellationToken);
        var actor = await engine.ActorAsync();
        var outcome = await steps.ShowAsync(progress => engine.Get<CorrectionService>().CorrectAsync(ReportingPeriod.Parse(settings.Period!), settings.Reason!, actor, progress, engine.Stopping));
        return summary.Report(outcome, "订正失败 (the correction failed)。");
    }
}
