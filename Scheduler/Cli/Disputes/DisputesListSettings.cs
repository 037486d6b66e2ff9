using System.ComponentModel;
using RiskReporting.Evidence.Disputes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesListSettings : DisputeSettings
{
    [CommandOption("--notice <NOTICE>")]
    [Description("Only this notice's items.")]
    public string? Notice { get; init; }

    [CommandOption("--branch <BRANCH>")]
    [Description("Only this branch's items (a branch user always sees only its own).")]
    public string? Branch { get; init; }

    [CommandOption("--state <STATE>")]
    [Description("Only items in this state: ASSIGNED, IN_PROGRESS, SUBMITTED, APPROVED, RETURNED or EXPORTED.")]
    public string? State { get; init; }

    [CommandOption("--overdue")]
    [Description("Only items past their branch due date and still with the branch.")]
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
            return ValidationResult.Error("--state: " + e.Message);
        }

        return base.Validate();
    }
}
