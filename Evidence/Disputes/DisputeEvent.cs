namespace RiskReporting.Evidence.Disputes;

/// <summary>One state change of an item: who, when, from and to which state, and why.</summary>
public sealed record DisputeEvent(string Notice, string DisputeId, DateTimeOffset At, string Actor, DisputeState? From, DisputeState To, string Reason);
