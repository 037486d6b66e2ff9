namespace RiskReporting.Engine.Scheduling;

/// <summary>A scheduler node as Quartz's cluster records it: its last check-in (UTC) and whether that is stale (the node is down).</summary>
public sealed record SchedulerInstance(string InstanceId, DateTimeOffset LastCheckIn, TimeSpan CheckInInterval, bool Stale);
