using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Trace;

public sealed class TraceSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("The reporting period.")]
    public string? Period { get; init; }

    [CommandOption("--part <PART>")]
    [Description("The report part, e.g. B1P1, B1P3, B3P1.")]
    public string? Part { get; init; }

    [CommandOption("--key <KEY>")]
    [Description("The record key as one string: key fields joined by |, e.g. 2|KH0000000001|SX0000000001.")]
    public string? Key { get; init; }

    [CommandOption("--batch <NN>")]
    [Description("The batch (default: the latest run of the period).")]
    public int? Batch { get; init; }


    public override ValidationResult Validate()
    {
        if (!ReportingPeriod.TryParse(Period, out _))
        {
            return ValidationResult.Error("--period YYYYMM 必填 (required)，例如 --period 202610。");
        }

        if (Part is null || !ReportParts.All.Any(p => p.Code == Part))
        {
            return ValidationResult.Error($"--part 须为以下之一：{string.Join(", ", ReportParts.All.Select(p => p.Code))}。");
        }

        return Key is null ? ValidationResult.Error("--key 必填 (required)。") : ValidationResult.Success();
    }
}
