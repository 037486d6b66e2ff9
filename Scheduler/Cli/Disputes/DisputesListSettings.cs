using System.ComponentModel;
using RiskReporting.Evidence.Disputes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesListSettings : DisputeSettings
{
    [CommandOption("--notice <NOTICE>")]
    [Description("仅列出该通知 (notice) 的争议项。")]
    public string? Notice { get; init; }

    [CommandOption("--branch <BRANCH>")]
    [Description("仅列出该机构 (branch) 的争议项（机构用户始终只能看到本机构的争议项）。")]
    public string? Branch { get; init; }

    [CommandOption("--state <STATE>")]
    [Description("仅列出处于该状态 (state) 的争议项：ASSIGNED、IN_PROGRESS、SUBMITTED、APPROVED、RETURNED 或 EXPORTED。")]
    public string? State { get; init; }

    [CommandOption("--overdue")]
    [Description("仅列出已过分行期限且仍在分行处理的争议项 (overdue)。")]
    public bool Overdue { get; init; }

    public DisputeState? ParsedState => State is null ? null : DisputeStates.Parse(State);

    public override ValidationResult Validate()
    {
        try
        {
            _ = ParsedState;
        }
        catch (FormatException e)
        {
            return ValidationResult.Error("--state：" + e.Message);
        }

        return base.Validate();
    }
}
