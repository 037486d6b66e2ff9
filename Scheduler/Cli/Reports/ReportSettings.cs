using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Reports;

public sealed class ReportSettings : CommonSettings
{
    [CommandOption("--quarter <YYYYQn>")]
    [Description("季度 (quarter)，例如 2026Q3。")]
    public string? Quarter { get; init; }

    [CommandOption("--year <YYYY>")]
    [Description("年度 (year)，例如 2026。")]
    public int? Year { get; init; }

    [CommandOption("--proposals <FILE>")]
    [Description("UTF-8 文本文件：随报告保存的改进建议 (improvement proposals)（第19条，operator）；报告以这些建议结尾。")]
    public string? Proposals { get; init; }

    public override ValidationResult Validate() =>
        (Quarter is null) == (Year is null) ? ValidationResult.Error("--quarter YYYYQn（如 2026Q3）与 --year YYYY 须且只能给出其一 (give exactly one)。") : ValidationResult.Success();
}
