using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

public sealed class UsersHandoverSettings : CommonSettings
{
    [CommandArgument(0, "[OLD]")]
    [Description("移交人 (handing over)（离职或调岗）：其持有的一切移交给 --to。")]
    public string? Old { get; init; }

    [CommandOption("--to <NEW>")]
    [Description("接收人 (taking over)。")]
    public string? To { get; init; }

    [CommandOption("--acknowledge <ID>")]
    [Description("以接收人身份（本人会话）确认交接清单 ID (acknowledge)；随后停用原用户。")]
    public string? Acknowledge { get; init; }

    public override ValidationResult Validate() =>
        Acknowledge is not null
            ? Old is null && To is null ? ValidationResult.Success() : ValidationResult.Error("--acknowledge ID 不与 OLD 或 --to 同用。")
            : string.IsNullOrWhiteSpace(Old) || string.IsNullOrWhiteSpace(To)
                ? ValidationResult.Error("请给出 OLD --to NEW（管理员发起交接），或 --acknowledge ID（接收人确认）。")
                : ValidationResult.Success();
}
