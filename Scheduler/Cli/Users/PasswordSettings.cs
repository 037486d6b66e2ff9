using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

/// <summary>A user's name and the password it comes with: typed at the terminal without echo, or the first line of standard input.</summary>
public sealed class PasswordSettings : UserNameSettings
{
    [CommandOption("--password-stdin")]
    [Description("Read the password from the first line of standard input (for scripts) instead of the terminal.")]
    public bool PasswordStdin { get; init; }
}
