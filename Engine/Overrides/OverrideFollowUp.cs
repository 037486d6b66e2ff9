namespace RiskReporting.Engine.Overrides;

/// <summary>What makes a recorded override count: the period's next run, or, once it is published, a correction batch.</summary>
public enum OverrideFollowUp
{
    Rerun,
    Correct,
}
