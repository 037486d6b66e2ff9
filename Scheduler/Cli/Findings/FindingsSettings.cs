using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

public sealed class FindingsSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("The period whose latest batch's findings to write.")]
    public string? Period { get; init; }

    [CommandOption("--branch <CODE>")]
    [Description("Only this branch's findings, to findings-CODE.xlsx (the file a branch is sent). Without it, findings.xlsx again.")]
    public string? Branch { get; init; }

    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。") : ValidationResult.Success();
}
