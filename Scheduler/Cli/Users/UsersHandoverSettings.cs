using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

public sealed class UsersHandoverSettings : CommonSettings
{
    [CommandArgument(0, "[OLD]")]
    [Description("The user handing over (leaving or moving): everything they hold passes to --to.")]
    public string? Old { get; init; }

    [CommandOption("--to <NEW>")]
    [Description("The user taking over.")]
    public string? To { get; init; }

    [CommandOption("--acknowledge <ID>")]
    [Description("Acknowledge the 交接清单 ID as its new user (your own session); the old user is then disabled.")]
    public string? Acknowledge { get; init; }

    public override ValidationResult Validate() =>
        Acknowledge is not null
            ? Old is null && To is null ? ValidationResult.Success() : ValidationResult.Error("--acknowledge ID 不与 OLD 或 --to 同用。")
            : string.IsNullOrWhiteSpace(Old) || string.IsNullOrWhiteSpace(To)
                ? ValidationResult.Error("请给出 OLD --to NEW（管理员发起交接），或 --acknowledge ID（接收人确认）。")
                : ValidationResult.Success();
}
