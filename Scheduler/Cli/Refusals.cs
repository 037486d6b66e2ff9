using RiskReporting.Core.Runs;
using RiskReporting.Engine;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Scheduler.Cli;

/// <summary>The one place the CLI turns the engine's answers into exit codes.</summary>
public static class Refusals
{
    public static ExitCode ExitCodeOf(RefusalCode code) => code switch
    {
        RefusalCode.StateConflict => ExitCode.Refused,
        RefusalCode.RejectedFile => ExitCode.Failed,

        // No valid session, or a role that does not allow the action (issue #14).
        RefusalCode.NotLoggedIn or RefusalCode.NotAllowed => ExitCode.NotAllowed,
        _ => ExitCode.Usage,
    };

    /// <summary>The exit code of `run` and `correct` for how the run ended (a failure is reported by the caller).</summary>
    public static ExitCode ExitCodeOf(RunOutcome outcome) => outcome.Run.State switch
    {
        RunState.AwaitingApproval => ExitCode.Ok,
        RunState.Blocked => ExitCode.Blocked,
        RunState.WaitingForLedger => ExitCode.WaitingForLedger,
        _ => ExitCode.Failed,
    };
}
