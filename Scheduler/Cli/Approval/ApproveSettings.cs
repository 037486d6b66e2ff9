using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Approval;

public sealed class ApproveSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("The period whose latest batch is approved.")]
    public string? Period { get; init; }

    [CommandOption("--user <NAME>")]
    [Description("The approving operator: not anyone who explained a warning of the batch (four eyes).")]
    public string? User { get; init; }

    public override ValidationResult Validate() =>
        ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Success() : ValidationResult.Error("--period YYYYMM is required.");
}
