using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Backup;

public sealed class BackupSettings : CommonSettings
{
    [CommandOption("--out <FILE>")]
    [Description("要写出的备份文件（带 manifest.json 的 zip）；文件已存在时拒绝 (refused)。")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out FILE 必填 (required)。") : ValidationResult.Success();
}
