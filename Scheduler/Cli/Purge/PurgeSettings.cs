using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Purge;

public sealed class PurgeSettings : CommonSettings
{
    [CommandOption("--plan")]
    [Description("列出已超过保存期限 (retention) 的内容（rules/retention.csv 或 Purge:Retention）：类别、路径或行、存放时长、SHA-256。不作任何更改。")]
    public bool Plan { get; init; }

    [CommandOption("--request")]
    [Description("为当前清单记录一项销毁申请 (purge request)，并输出其 id。")]
    public bool Request { get; init; }

    [CommandOption("--show <ID>")]
    [Description("显示一项申请：其条目、已有的审批 (approvals) 和下一步所需的岗位 (position)。")]
    public string? Show { get; init; }

    [CommandOption("--approve <ID>")]
    [Description("由担任相应岗位 (position) 的用户审批申请的下一步（Purge:ApprovalChain，默认 客户信息主管、部门经理、总经理）。")]
    public string? Approve { get; init; }

    [CommandOption("--execute <ID>")]
    [Description("每一步都审批通过后，销毁 (execute) 申请所列的内容；审计链记录销毁了什么。")]
    public string? Execute { get; init; }

    public override ValidationResult Validate() =>
        new[] { Plan, Request, Show is not null, Approve is not null, Execute is not null }.Count(x => x) == 1
            ? ValidationResult.Success()
            : ValidationResult.Error("--plan、--request、--show ID、--approve ID、--execute ID 须且只能给出其一 (give exactly one)。");
}
