using RiskReporting.Core.Periods;

namespace RiskReporting.Engine.Runs;

/// <summary>A background run job as a host polls it: its state, the latest progress of each step (in order), its log and, once ended, its outcome or why not.</summary>
public sealed record RunJobStatus(string Id, ReportingPeriod Period, string StartedBy, RunJobState State, IReadOnlyList<RunProgress> Steps, IReadOnlyList<string> Log, RunOutcome? Outcome, string? Message)
{
    public bool Ended => State != RunJobState.Running;
}
