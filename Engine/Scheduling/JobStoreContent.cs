namespace RiskReporting.Engine.Scheduling;

/// <summary>The rows of Quartz's tables as read, before the status judges misfires and stale nodes.</summary>
internal sealed record JobStoreContent(IReadOnlyList<ScheduledTrigger> Triggers, IReadOnlyList<SchedulerInstance> Instances, IReadOnlyList<FiredTrigger> Fired);
