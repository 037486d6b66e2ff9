using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

public sealed class UsersRoleSettings : UserNameSettings
{
    [CommandArgument(1, "<ROLE>")]
    [Description("admin、operator、itops、auditor 或 branch:BRANCH_CODE。")]
    public string Role { get; init; } = string.Empty;
}
