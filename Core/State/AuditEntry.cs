namespace RiskReporting.Core.State;

/// <summary>One line of the audit trail: who did what to which subject, when, and the detail that explains it.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Subject, string Detail);
