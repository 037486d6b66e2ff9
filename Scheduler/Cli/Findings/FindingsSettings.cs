using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

public sealed class FindingsSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("写出其最新批次校验结果 (findings) 的报告期。")]
    public string? Period { get; init; }

    [CommandOption("--branch <CODE>")]
    [Description("仅写出该机构 (branch) 的校验结果，写入 findings-CODE.xlsx（发给机构的文件）。不给出时重新写出 findings.xlsx。")]
    public string? Branch { get; init; }

    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。") : ValidationResult.Success();
}
