namespace RiskReporting.Core.Runs;

/// <summary>The states of a period's run (issue #6 makes each step resumable).</summary>
public enum RunState
{
    Created,
    Extracting,
    WaitingForLedger,
    Validating,
    Blocked,
    AwaitingApproval,
    Approved,
    Published,
    Failed,
}
