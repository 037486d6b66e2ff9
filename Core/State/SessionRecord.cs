namespace RiskReporting.Core.State;

/// <summary>A login session as the store keeps it: the SM3 of its token (never the token), whose it is, and until when it holds.</summary>
public sealed record SessionRecord(string TokenSm3, string UserName, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);
