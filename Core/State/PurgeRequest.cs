namespace RiskReporting.Core.State;

/// <summary>A request to destroy what a purge plan listed, its approvals so far and, once done, who executed it and when.</summary>
public sealed record PurgeRequest(
    string PurgeId,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    IReadOnlyList<PurgeItem> Items,
    IReadOnlyList<PurgeApproval> Approvals,
    string? ExecutedBy = null,
    DateTimeOffset? ExecutedAt = null);
