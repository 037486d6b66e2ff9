using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Approval;

public sealed class ApproveSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("审批其最新批次的报告期。")]
    public string? Period { get; init; }


    public override ValidationResult Validate() =>
        ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Success() : ValidationResult.Error("--period YYYYMM 必填 (required)。");
}
