using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Trace;

public sealed class TraceSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("报告期 (reporting period)。")]
    public string? Period { get; init; }

    [CommandOption("--part <PART>")]
    [Description("报表部分 (part)，例如 B1P1、B1P3、B3P1。")]
    public string? Part { get; init; }

    [CommandOption("--key <KEY>")]
    [Description("记录键 (record key)，写成一个字符串：键字段以 | 连接，例如 2|KH0000000001|SX0000000001。")]
    public string? Key { get; init; }

    [CommandOption("--batch <NN>")]
    [Description("批次 (batch)（默认：该报告期最近一次运行）。")]
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
