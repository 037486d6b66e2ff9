using System.ComponentModel;
using System.Globalization;
using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Spill;
using RiskReporting.Extraction;
using RiskReporting.Extraction.Rules;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Rules;

[Description("Extract a period with a candidate rule set and with the rules in force, and print per part the records it would add, remove or change.")]
public sealed class RulesPreviewCommand(EngineSettingsLoader loader, IFileSystem fileSystem, IAnsiConsole console) : Command<RulesPreviewSettings>
{
    private const int Shown = 5;

    public override int Execute(CommandContext context, RulesPreviewSettings settings, CancellationToken cancellationToken)
    {
        var engine = loader.Load(settings, (_, extraction) => settings.ApplyTo(extraction));
        var period = ReportingPeriod.Parse(settings.Period!);
        var extractionSettings = new ExtractionSettings(period, engine.Extraction.LargeExposureThresholdWan);
        var extraction = new MonthEndExtraction(fileSystem);
        using var spill = new SpillArea(fileSystem, fileSystem.Path.Combine(engine.WorkDirectory, "preview-" + Guid.NewGuid().ToString("N")[..8])) { RecordsInMemory = engine.Extraction.RecordsInMemory };
        var snapshots = extraction.RunAll(engine.Source, [engine.RulesDirectory, fileSystem.Path.GetFullPath(settings.Rules!)], engine.InboxDirectory, extractionSettings, spill);
        var (active, candidate) = (snapshots[0], snapshots[1]);
        console.MarkupLineInterpolated($"{period}: rules in force {active.RuleSetVersion} → candidate {candidate.RuleSetVersion} (both read from the source in one read-only transaction)");
        var table = new Table().AddColumn("part").AddColumn(new TableColumn("added").RightAligned()).AddColumn(new TableColumn("removed").RightAligned())
            .AddColumn(new TableColumn("changed").RightAligned()).AddColumn("examples");
        foreach (var diff in RulePreview.Compare(active, candidate))
        {
            var examples = diff.Added.Take(Shown).Select(k => "+" + k)
                .Concat(diff.Removed.Take(Shown).Select(k => "-" + k))
                .Concat(diff.Changed.Take(Shown).Select(c => $"~{c.Key} ({string.Join(";", c.Fields)})"));
            table.AddRow(diff.Part, Count(diff.Added.Count), Count(diff.Removed.Count), Count(diff.Changed.Count), Markup.Escape(string.Join("  ", examples)));
        }

        console.Write(table);
        return (int)ExitCode.Ok;
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
