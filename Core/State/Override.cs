namespace RiskReporting.Core.State;

/// <summary>A manual adjustment (补录) of one field of one record in a period, with who, when and why; removal is recorded too.</summary>
public sealed record Override(string Id, Periods.ReportingPeriod Period, string Part, string Key, string Field, string Value, string Reason, string By, DateTimeOffset At, string? RemovedBy, DateTimeOffset? RemovedAt)
{
    public bool Active => RemovedBy is null;
}
