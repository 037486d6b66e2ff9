using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

public sealed class ExplainSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("报告期 (reporting period)。")]
    public string? Period { get; init; }

    [CommandOption("--rule <CODE>")]
    [Description("WARNING 校验结果所属的规则 (rule)，例如 TS-DQ-005。")]
    public string? Rule { get; init; }

    [CommandOption("--key <KEY>")]
    [Description("单条校验结果的记录键 (record key)；不给出时说明该规则下所有未说明的结果。")]
    public string? Key { get; init; }

    [CommandOption("--text <TEXT>")]
    [Description("情况说明 (explanation)。")]
    public string? Text { get; init; }


    [CommandOption("--carry-forward")]
    [Description("在记录的报送值不变期间，同时说明以后报告期中相同规则和键的结果（沿用 carry forward）。")]
    public bool CarryForward { get; init; }

    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。")
        : string.IsNullOrWhiteSpace(Rule) ? ValidationResult.Error("--rule 必填 (required)，例如 --rule TS-DQ-005。")
        : string.IsNullOrWhiteSpace(Text) ? ValidationResult.Error("--text 必填 (required)：情况说明。")
        : ValidationResult.Success();
}
