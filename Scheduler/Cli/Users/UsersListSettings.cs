using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

public sealed class UsersListSettings : CommonSettings
{
    [CommandOption("--user <NAME>")]
    [Description("Who looks (default: the operating-system user).")]
    public string? User { get; init; }
}
