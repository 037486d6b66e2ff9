using System.ComponentModel;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Runs;

[Description("Run the monthly report of a period: extract, validate, build the package. Exit 0 built, 3 blocked, 4 waiting for the ledger, 5 refused, 1 failed, 2 usage. Ctrl+C or SIGTERM ends it FAILED (cancelled), leaving no partial output.")]
public sealed class RunCommand(EngineComposer composer, RunSummary summary, StepProgress steps) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, settings.Flags(), cancellationToken);
        var actor = await engine.ActorAsync();
        var outcome = await steps.ShowAsync(progress => engine.Get<RunService>().RunAsync(settings.ReportingPeriod, actor, progress, engine.Stopping));
        return summary.Report(outcome, "the run failed");
    }
}
