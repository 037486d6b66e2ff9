namespace RiskReporting.Core.State;

/// <summary>Who holds a period's run lock and until when; <see cref="Acquired"/> when the caller now holds it.</summary>
public sealed record PeriodLock(bool Acquired, string Holder, DateTimeOffset LeaseUntil);
