using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

/// <summary>What every disputes verb takes: who acts (the access rules depend on the user's role).</summary>
public class DisputeSettings : CommonSettings
{
    [CommandOption("--user <NAME>")]
    [Description("Who acts: an operator, a branch user (branch:CODE, own items only) or an auditor (read only).")]
    public string? User { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user is required: every dispute action names who takes it.") : ValidationResult.Success();
}
