using System.ComponentModel;
using System.Globalization;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Runs;

/// <summary>
/// The contract of `riskreport run`, fixed for outside tools:
/// run --period YYYYMM [--config FILE] [--source sqlite:PATH | postgres:CONNECTION] [--inbox DIR] [--work DIR] [--org CODE] [--threshold WAN].
/// </summary>
public sealed class RunSettings : SourceSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("报告期 (reporting period)；其数据日期 D 为当月最后一天。")]
    public string? Period { get; init; }

    [CommandOption("--org <CODE>")]
    [Description("报送机构代码 (institution code)，15 位 [[0-9A-Z]] 字符。覆盖 Engine:Org。")]
    public string? Org { get; init; }

    [CommandOption("--threshold <WAN>")]
    [Description("大额风险暴露阈值 large_exposure_threshold_wan，单位万元（默认 5000.00）。覆盖 Extraction:LargeExposureThresholdWan。")]
    public string? Threshold { get; init; }


    public ReportingPeriod ReportingPeriod => Core.Periods.ReportingPeriod.Parse(Period!);

    public decimal? ThresholdWan => Threshold is null ? null : decimal.Parse(Threshold, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The flags as configuration keys over appsettings.json.</summary>
    public Dictionary<string, string?> Flags()
    {
        var flags = SourceFlags();
        flags["Engine:Org"] = Org;
        flags["Extraction:LargeExposureThresholdWan"] = Hosting.EngineComposer.Invariant(ThresholdWan);
        return flags;
    }

    public override ValidationResult Validate()
    {
        if (Period is null)
        {
            return ValidationResult.Error("--period YYYYMM 必填 (required)，例如 --period 202610。");
        }

        if (!Core.Periods.ReportingPeriod.TryParse(Period, out _))
        {
            return ValidationResult.Error($"--period '{Period}' 不是期次 YYYYMM (not a period)，例如 202610。");
        }

        if (Threshold is not null && !decimal.TryParse(Threshold, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            return ValidationResult.Error($"--threshold '{Threshold}' 不是以万元计的金额 (not an amount)，例如 5000.00。");
        }

        return ValidationResult.Success();
    }
}
