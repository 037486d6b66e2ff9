using System.ComponentModel;
using RiskReporting.Core.State;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

public sealed class UsersAddSettings : CommonSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The user's name, as every other verb's --user gives it.")]
    public string Name { get; init; } = string.Empty;

    [CommandOption("--role <ROLE>")]
    [Description("operator, itops, auditor or branch:BRANCH_CODE (a branch sees only its own dispute items).")]
    public string? Role { get; init; }

    [CommandOption("--user <NAME>")]
    [Description("Who makes the change (recorded in the audit trail). Default: the operating-system user.")]
    public string? User { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 64 || Name.Any(char.IsControl))
        {
            return ValidationResult.Error("NAME must be 1–64 printable characters.");
        }

        if (Role is null)
        {
            return ValidationResult.Error("--role is required: operator, itops, auditor or branch:BRANCH_CODE.");
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
