using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

public sealed class ExplainSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("The reporting period.")]
    public string? Period { get; init; }

    [CommandOption("--rule <CODE>")]
    [Description("The rule of the WARNING finding(s), e.g. TS-DQ-005.")]
    public string? Rule { get; init; }

    [CommandOption("--key <KEY>")]
    [Description("The record key of one finding; without it, every open finding of the rule is explained.")]
    public string? Key { get; init; }

    [CommandOption("--text <TEXT>")]
    [Description("The explanation (情况说明).")]
    public string? Text { get; init; }


    [CommandOption("--carry-forward")]
    [Description("Also explains the same rule and key in later periods while the record's reported values are unchanged.")]
    public bool CarryForward { get; init; }

    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。")
        : string.IsNullOrWhiteSpace(Rule) ? ValidationResult.Error("--rule 必填 (required)，例如 --rule TS-DQ-005。")
        : string.IsNullOrWhiteSpace(Text) ? ValidationResult.Error("--text 必填 (required)：情况说明。")
        : ValidationResult.Success();
}
