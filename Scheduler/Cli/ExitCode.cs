namespace RiskReporting.Scheduler.Cli;

/// <summary>The exit codes of `riskreport`, a contract that outside tools rely on.</summary>
public enum ExitCode
{
    /// <summary>Done; for `run`, the package was built (it may still await explanations and approval).</summary>
    Ok = 0,

    /// <summary>The command failed; the message names the cause.</summary>
    Failed = 1,

    /// <summary>The command line was wrong.</summary>
    Usage = 2,

    /// <summary>`run`: blocked by ERROR findings.</summary>
    Blocked = 3,

    /// <summary>`run`: waiting for the interbank ledger; the state is kept and the next run resumes it.</summary>
    WaitingForLedger = 4,

    /// <summary>Refused: the period is already published (use `correct`), or another run holds the period.</summary>
    Refused = 5,
}
