using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Corrections;

public sealed class CorrectSettings : SourceSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("The published period to correct (订正).")]
    public string? Period { get; init; }

    [CommandOption("--reason <TEXT>")]
    [Description("Why the period is corrected (the correction file's REASON).")]
    public string? Reason { get; init; }


    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。")
        : string.IsNullOrWhiteSpace(Reason) ? ValidationResult.Error("--reason 必填 (required)：订正须说明原因。")
        : ValidationResult.Success();
}
