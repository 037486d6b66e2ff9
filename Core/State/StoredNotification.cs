namespace RiskReporting.Core.State;

/// <summary>A notification in the outbox, with its delivery state.</summary>
public sealed record StoredNotification(
    long Id,
    DateTimeOffset CreatedAt,
    NewNotification Content,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? GaveUpAt,
    string? LastError);
