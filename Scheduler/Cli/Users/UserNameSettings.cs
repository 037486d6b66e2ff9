using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

/// <summary>What the verbs about one user take: its name.</summary>
public class UserNameSettings : CommonSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("用户名 (user name)，即 `riskreport login NAME` 中的 NAME。")]
    public string Name { get; init; } = string.Empty;

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) || Name.Length > 64 || Name.Any(char.IsControl)
            ? ValidationResult.Error("用户名 NAME 须为 1–64 个可打印字符。")
            : ValidationResult.Success();
}
