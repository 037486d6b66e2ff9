using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

public sealed class StatusSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("Show one period in detail: its runs, findings, explanations and overrides. Without it, every period held.")]
    public string? Period { get; init; }

}
