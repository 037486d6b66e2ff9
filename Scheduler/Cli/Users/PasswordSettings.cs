using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

/// <summary>A user's name and the password it comes with: typed at the terminal without echo, or the first line of standard input.</summary>
public sealed class PasswordSettings : UserNameSettings
{
    [CommandOption("--password-stdin")]
    [Description("从标准输入的第一行读取密码（供脚本使用），而不是从终端读取。")]
    public bool PasswordStdin { get; init; }
}
