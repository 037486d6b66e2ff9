using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Audit;

public sealed class AuditListSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("Only the entries of this period (its explanations, overrides, runs, approvals, corrections).")]
    public string? Period { get; init; }

    [CommandOption("--actor <USER>")]
    [Description("Only the entries this user (or `scheduler`) made.")]
    public string? Actor { get; init; }

    public override ValidationResult Validate() =>
        Period is null || ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Success() : ValidationResult.Error("--period 须为 YYYYMM。");
}
