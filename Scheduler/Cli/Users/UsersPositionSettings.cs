using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

public sealed class UsersPositionSettings : UserNameSettings
{
    [CommandArgument(1, "<POSITION>")]
    [Description("客户信息主管、部门经理或总经理（销毁审批链 approval chain 要求这些岗位）；无 或 none 清除岗位。")]
    public string Position { get; init; } = string.Empty;
}
