using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Archive;

public sealed class ArchiveShowSettings : CommonSettings
{
    [CommandArgument(0, "<YYYYMM>")]
    [Description("显示其已归档批次的报告期。")]
    public string? Period { get; init; }

    public override ValidationResult Validate() =>
        ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Success() : ValidationResult.Error("须给出期次 YYYYMM (period required)，例如 `riskreport archive show 202610`。");
}
