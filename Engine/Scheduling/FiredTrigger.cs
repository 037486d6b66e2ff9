namespace RiskReporting.Engine.Scheduling;

/// <summary>A trigger a node has fired and not finished: the job running now (or left by a node that died, recovered on restart).</summary>
public sealed record FiredTrigger(string Trigger, string Job, string InstanceId, DateTimeOffset FiredAt, DateTimeOffset ScheduledFor, string State);
