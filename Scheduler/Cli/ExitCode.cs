namespace RiskReporting.Scheduler.Cli;

/// <summary>The exit codes of `riskreport`, a contract that outside tools rely on.</summary>
public enum ExitCode
{
    /// <summary>Done; for `run`, the package was built (it may still await explanations and approval).</summary>
    Ok = 0,

    /// <summary>The command failed; the message names the cause.</summary>
    Failed = 1,

    /// <summary>The command line (or the configuration it names) was wrong.</summary>
    Usage = 2,

    /// <summary>`run`: blocked by ERROR findings.</summary>
    Blocked = 3,

    /// <summary>`run`: waiting for the interbank ledger; the state is kept and the next run resumes it.</summary>
    WaitingForLedger = 4,

    /// <summary>Refused by the state: the period is already published (use `correct`), another run holds it, four eyes, nothing changed.</summary>
    Refused = 5,

    /// <summary>Not logged in (no valid session: `riskreport login NAME`), or the user's role does not allow the action.</summary>
    NotAllowed = 6,
}
