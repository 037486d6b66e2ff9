using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Backup;

public sealed class RestoreSettings : CommonSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The backup file written by `riskreport backup`.")]
    public string? File { get; init; }

    [CommandOption("--into <DIR>")]
    [Description("An empty or absent folder: restored as a work folder usable as --work DIR.")]
    public string? Into { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Into) ? ValidationResult.Error("--into DIR 必填 (required)。") : ValidationResult.Success();
}
