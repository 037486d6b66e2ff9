using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

public sealed class UsersPositionSettings : UserNameSettings
{
    [CommandArgument(1, "<POSITION>")]
    [Description("客户信息主管, 部门经理 or 总经理 (the purge approval chain asks for them); 无 or none clears it.")]
    public string Position { get; init; } = string.Empty;
}
