using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesReviewSettings : ItemSettings
{
    [CommandOption("--approve")]
    [Description("Approve the answer (an approved RESULT 2 becomes an override for the next correction batch).")]
    public bool Approve { get; init; }

    [CommandOption("--return <REASON>")]
    [Description("Return the answer to the branch, with the reason it will read.")]
    public string? Return { get; init; }

    [CommandOption("--comment <TEXT>")]
    [Description("With --approve: a note recorded with the approval.")]
    public string? Comment { get; init; }

    public override ValidationResult Validate() =>
        Approve == (Return is not null) ? ValidationResult.Error("--approve 与 --return REASON 须且只能给出其一 (give exactly one)。") : base.Validate();
}
