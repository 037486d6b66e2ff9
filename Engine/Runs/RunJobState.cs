namespace RiskReporting.Engine.Runs;

/// <summary>Where a background run job stands. A finished job's run state (built, blocked, waiting, failed) is in its outcome.</summary>
public enum RunJobState
{
    Running,
    Finished,
    Refused,
    Cancelled,
    Faulted,
}
