using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesReviewSettings : ItemSettings
{
    [CommandOption("--approve")]
    [Description("审核通过该答复 (approve)（审核通过的 RESULT 2 成为下一订正批次的修订 override）。")]
    public bool Approve { get; init; }

    [CommandOption("--return <REASON>")]
    [Description("将答复退回机构 (return)，并附上机构将看到的退回原因。")]
    public string? Return { get; init; }

    [CommandOption("--comment <TEXT>")]
    [Description("与 --approve 一起使用：随审核通过记录的备注 (note)。")]
    public string? Comment { get; init; }

    public override ValidationResult Validate() =>
        Approve == (Return is not null) ? ValidationResult.Error("--approve 与 --return REASON 须且只能给出其一 (give exactly one)。") : base.Validate();
}
