using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Corrections;

public sealed class CorrectSettings : SourceSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("要订正 (correct) 的已发布报告期。")]
    public string? Period { get; init; }

    [CommandOption("--reason <TEXT>")]
    [Description("订正的原因（订正文件中的 REASON）。")]
    public string? Reason { get; init; }


    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。")
        : string.IsNullOrWhiteSpace(Reason) ? ValidationResult.Error("--reason 必填 (required)：订正须说明原因。")
        : ValidationResult.Success();
}
