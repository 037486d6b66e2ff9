using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Scheduling;

public sealed class SchedulerSettings : CommonSettings
{
    [CommandOption("--for <SECONDS>")]
    [Description("运行这么多秒后停止（用于冒烟测试 smoke tests）；默认一直运行到被停止（Ctrl+C 或 SIGTERM）。")]
    public int? For { get; init; }
}
