using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Reports;

public sealed class ReportSettings : CommonSettings
{
    [CommandOption("--quarter <YYYYQn>")]
    [Description("The quarter, e.g. 2026Q3.")]
    public string? Quarter { get; init; }

    [CommandOption("--year <YYYY>")]
    [Description("The year, e.g. 2026.")]
    public int? Year { get; init; }

    [CommandOption("--proposals <FILE>")]
    [Description("A UTF-8 text file: the improvement proposals (第19条) to store with the report (operator); the report ends with them.")]
    public string? Proposals { get; init; }

    public override ValidationResult Validate() =>
        (Quarter is null) == (Year is null) ? ValidationResult.Error("--quarter YYYYQn（如 2026Q3）与 --year YYYY 须且只能给出其一 (give exactly one)。") : ValidationResult.Success();
}
