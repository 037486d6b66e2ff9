using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Runs;

public sealed class LogsSettings : CommonSettings
{
    [CommandOption("--run <RUNID>")]
    [Description("要输出其 run.log 的运行 (run)（`riskreport status` 列出各运行的 id）。")]
    public string? Run { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Run) ? ValidationResult.Error("--run RUNID 必填 (required)。") : ValidationResult.Success();
}
