namespace RiskReporting.Core.State;

/// <summary>One step of a purge's approval chain: its place, the position it needs, who approved and when.</summary>
public sealed record PurgeApproval(int Step, string Position, string By, DateTimeOffset At);
