namespace RiskReporting.Engine.Scheduling;

/// <summary>One trigger of the job store: its job, its schedule, Quartz's state, its fire times (UTC) and whether it misfired.</summary>
/// <param name="Cron">The cron expression and its time zone for a cron trigger; null for a one-off or simple trigger.</param>
/// <param name="Misfired">Quartz marked it MISFIRED, or its next fire is later than the misfire threshold while no scheduler checks in.</param>
public sealed record ScheduledTrigger(string Name, string Group, string Job, string? Cron, string? TimeZone, string State,
    DateTimeOffset? NextFire, DateTimeOffset? PreviousFire, bool Misfired);
