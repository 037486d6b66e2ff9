using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("Write the latest batch's findings as a spreadsheet for people (findings.xlsx: Chinese headers, customer names, units, codes as text), or one branch's (findings-CODE.xlsx).")]
public sealed class FindingsCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<FindingsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FindingsSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var path = await engine.Get<FindingWorkbookService>().WriteAsync(ReportingPeriod.Parse(settings.Period!), settings.Branch, actor, engine.Stopping);
        console.WriteLine(path);
        return (int)ExitCode.Ok;
    }
}
