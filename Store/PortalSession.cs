namespace RiskReporting.Store;

/// <summary>A portal session as stored: its random id, the protected ticket text and when it expires unless renewed.</summary>
public sealed record PortalSession(string SessionId, string Ticket, DateTimeOffset ExpiresAt);
