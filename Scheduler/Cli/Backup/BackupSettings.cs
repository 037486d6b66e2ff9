using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Backup;

public sealed class BackupSettings : CommonSettings
{
    [CommandOption("--out <FILE>")]
    [Description("The backup file to write (a zip with manifest.json); refused if it exists.")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out FILE 必填 (required)。") : ValidationResult.Success();
}
