using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Rules;

public sealed class RulesPreviewSettings : SourceSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("The period to extract with both rule sets.")]
    public string? Period { get; init; }

    [CommandOption("--rules <DIR>")]
    [Description("The candidate extraction rules folder.")]
    public string? Rules { get; init; }


    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM is required, e.g. --period 202610.")
        : Rules is null ? ValidationResult.Error("--rules DIR is required: the candidate rule set to compare with the rules in force.")
        : ValidationResult.Success();
}
