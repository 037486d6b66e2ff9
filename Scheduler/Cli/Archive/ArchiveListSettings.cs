using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Archive;

public sealed class ArchiveListSettings : CommonSettings
{
    [CommandOption("--year <YYYY>")]
    [Description("仅列出该年度 (year) 的批次。")]
    public int? Year { get; init; }

    public override ValidationResult Validate() =>
        Year is null or (>= 2000 and <= 9999) ? ValidationResult.Success() : ValidationResult.Error("--year YYYY，例如 --year 2026。");
}
