using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Corrections;

public sealed class VerifySettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("所报送数据的报告期 (period)。")]
    public string? Period { get; init; }

    [CommandOption("--batch <NN>")]
    [Description("所报送数据的批次 (batch)。")]
    public int? Batch { get; init; }


    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。")
        : Batch is null or < 1 or > 99 ? ValidationResult.Error("--batch 1–99 必填 (required)。")
        : ValidationResult.Success();
}
