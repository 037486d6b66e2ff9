using System.ComponentModel;
using System.IO.Abstractions;
using RiskReporting.Extraction.Rules;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Rules;

[Description("Load every extraction rule set and run each query against the source with no rows fetched; report each problem with file, line and column.")]
public sealed class RulesCheckCommand(EngineSettingsLoader loader, IFileSystem fileSystem, IAnsiConsole console) : Command<RulesCheckSettings>
{
    public override int Execute(CommandContext context, RulesCheckSettings settings, CancellationToken cancellationToken)
    {
        var engine = loader.Load(settings, (_, extraction) =>
        {
            extraction.Source = settings.Source ?? extraction.Source;
            extraction.Rules = settings.Rules is null ? extraction.Rules : fileSystem.Path.GetFullPath(settings.Rules);
        });
        IReadOnlyList<RuleSet> sets;
        try
        {
            sets = new RuleSetLoader(fileSystem).LoadAll(engine.RulesDirectory);
        }
        catch (RuleFileException e)
        {
            return Report(e.Problems);
        }

        var problems = RuleChecker.Check(sets, engine.Source);
        foreach (var set in sets)
        {
            console.MarkupLineInterpolated($"rule set {set.Version}, effective from {set.EffectiveFrom}: {set.Queries.Count} queries ({set.Directory})");
        }

        if (problems.Count == 0)
        {
            console.MarkupLineInterpolated($"[green]OK[/]: every query runs on {engine.Source} and returns the columns of the contract.");
            return (int)ExitCode.Ok;
        }

        return Report(problems);
    }

    private static int Report(IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine("riskreport: " + problem);
        }

        return (int)ExitCode.Failed;
    }
}
