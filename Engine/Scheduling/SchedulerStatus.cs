using RiskReporting.Core.Runs;

namespace RiskReporting.Engine.Scheduling;

/// <summary>
/// What IT operations see of the scheduler: the configured schedule, the job store's triggers, nodes and fired
/// triggers, and the history (the runs the scheduler's account started, newest first).
/// </summary>
/// <param name="Started">False while the job store does not exist yet: the scheduler has never started.</param>
/// <param name="Store">The job store, its password removed.</param>
public sealed record SchedulerStatus(bool Started, string Store, string Cron, string TimeZone, TimeSpan MisfireThreshold,
    IReadOnlyList<ScheduledTrigger> Triggers, IReadOnlyList<SchedulerInstance> Instances, IReadOnlyList<FiredTrigger> Fired, IReadOnlyList<RunRecord> History)
{
    public bool AnyMisfired => Triggers.Any(t => t.Misfired);
}
