using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Purge;

public sealed class PurgeSettings : CommonSettings
{
    [CommandOption("--plan")]
    [Description("List what is past retention (rules/retention.csv or Purge:Retention): kind, path or rows, age, SHA-256. Changes nothing.")]
    public bool Plan { get; init; }

    [CommandOption("--request")]
    [Description("Record a purge request for the current plan and print its id.")]
    public bool Request { get; init; }

    [CommandOption("--show <ID>")]
    [Description("Show a request: its items, the approvals so far and the position needed next.")]
    public string? Show { get; init; }

    [CommandOption("--approve <ID>")]
    [Description("Approve the next step of the request, as the user holding that position (Purge:ApprovalChain, default 客户信息主管, 部门经理, 总经理).")]
    public string? Approve { get; init; }

    [CommandOption("--execute <ID>")]
    [Description("Destroy what the request lists, once every step is approved; the audit chain records what was destroyed.")]
    public string? Execute { get; init; }

    public override ValidationResult Validate() =>
        new[] { Plan, Request, Show is not null, Approve is not null, Execute is not null }.Count(x => x) == 1
            ? ValidationResult.Success()
            : ValidationResult.Error("--plan、--request、--show ID、--approve ID、--execute ID 须且只能给出其一 (give exactly one)。");
}
