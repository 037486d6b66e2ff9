using System.ComponentModel;
using RiskReporting.Core.State;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

public sealed class UsersAddSettings : UserNameSettings
{
    [CommandOption("--role <ROLE>")]
    [Description("admin、operator、itops、auditor 或 branch:BRANCH_CODE（机构只能看到本机构的争议项和校验结果）。")]
    public string? Role { get; init; }

    [CommandOption("--password-stdin")]
    [Description("从标准输入的第一行读取用户密码（至少 12 个字符）。不给出本选项且没有终端时，用户通过银行的目录服务 (directory) 登录（Auth:Ldap）。")]
    public bool PasswordStdin { get; init; }

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } invalid)
        {
            return invalid;
        }

        if (Role is null)
        {
            return ValidationResult.Error("--role 必填 (required)：admin、operator、itops、auditor 或 branch:BRANCH_CODE。");
        }

        try
        {
            UserRole.Parse(Role);
        }
        catch (FormatException e)
        {
            return ValidationResult.Error("--role：" + e.Message);
        }

        return ValidationResult.Success();
    }
}
