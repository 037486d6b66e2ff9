using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Scheduling;

public sealed class SchedulerSettings : CommonSettings
{
    [CommandOption("--for <SECONDS>")]
    [Description("Stop after this many seconds (smoke tests); by default the scheduler runs until stopped (Ctrl+C or SIGTERM).")]
    public int? For { get; init; }
}
