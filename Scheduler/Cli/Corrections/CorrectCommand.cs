using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Corrections;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Cli.Runs;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Corrections;

[Description("Correct a published period: re-extract, apply the open overrides, validate, and build batch N+1 with the correction file of every A/D/U difference. Refused when nothing changed.")]
public sealed class CorrectCommand(EngineComposer composer, RunSummary summary, Runs.StepProgress steps) : AsyncCommand<CorrectSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CorrectSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, settings.SourceFlags(), cancellationToken);
        var actor = await engine.ActorAsync();
        var outcome = await steps.ShowAsync(progress => engine.Get<CorrectionService>().CorrectAsync(ReportingPeriod.Parse(settings.Period!), settings.Reason!, actor, progress, engine.Stopping));
        return summary.Report(outcome, "the correction failed");
    }
}
