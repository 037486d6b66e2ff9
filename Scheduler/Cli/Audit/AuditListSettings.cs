using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Audit;

public sealed class AuditListSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("仅列出该报告期的记录（其情况说明、修订、运行、审批、订正）。")]
    public string? Period { get; init; }

    [CommandOption("--actor <USER>")]
    [Description("仅列出该用户（或 `scheduler`）产生的记录。")]
    public string? Actor { get; init; }

    public override ValidationResult Validate() =>
        Period is null || ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Success() : ValidationResult.Error("--period 须为 YYYYMM。");
}
