using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Rules;

public sealed class RulesPreviewSettings : SourceSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("用两套规则集分别抽取的报告期 (period)。")]
    public string? Period { get; init; }

    [CommandOption("--rules <DIR>")]
    [Description("候选抽取规则 (candidate rules) 所在的文件夹。")]
    public string? Rules { get; init; }


    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)，例如 --period 202610。")
        : Rules is null ? ValidationResult.Error("--rules DIR 必填 (required)：与现行规则比较的候选规则集。")
        : ValidationResult.Success();
}
