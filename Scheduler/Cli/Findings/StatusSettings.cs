using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

public sealed class StatusSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("详细显示一个报告期：其运行 (runs)、校验结果 (findings)、情况说明 (explanations) 和补录 (overrides)。不给出时显示所有已有的报告期。")]
    public string? Period { get; init; }

}
