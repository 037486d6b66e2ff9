using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Backup;

public sealed class RestoreSettings : CommonSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("由 `riskreport backup` 写出的备份文件 (backup file)。")]
    public string? File { get; init; }

    [CommandOption("--into <DIR>")]
    [Description("空的或不存在的文件夹：恢复为可用作 --work DIR 的工作文件夹 (work folder)。")]
    public string? Into { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Into) ? ValidationResult.Error("--into DIR 必填 (required)。") : ValidationResult.Success();
}
