using System.ComponentModel;
using RiskReporting.Core.State;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

public sealed class UsersAddSettings : UserNameSettings
{
    [CommandOption("--role <ROLE>")]
    [Description("admin, operator, itops, auditor or branch:BRANCH_CODE (a branch sees only its own dispute items and findings).")]
    public string? Role { get; init; }

    [CommandOption("--password-stdin")]
    [Description("Read the user's password (12 characters or more) from the first line of standard input. Without it, and without a terminal, the user logs in through the bank's directory (Auth:Ldap).")]
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
            return ValidationResult.Error("--role: " + e.Message);
        }

        return ValidationResult.Success();
    }
}
