using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Runs;

public sealed class LogsSettings : CommonSettings
{
    [CommandOption("--run <RUNID>")]
    [Description("The run whose run.log to print (`riskreport status` lists the run ids).")]
    public string? Run { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Run) ? ValidationResult.Error("--run RUNID 必填 (required)。") : ValidationResult.Success();
}
