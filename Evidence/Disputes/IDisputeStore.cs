namespace RiskReporting.Evidence.Disputes;

/// <summary>
/// The dispute side of the state store. Every change of an item is one transaction that also records its
/// event (and, for an approved RESULT 2, the override), so the history can never disagree with the state.
/// </summary>
public interface IDisputeStore
{
    Task<DisputeNotice?> FindNoticeAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DisputeNotice>> ListNoticesAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a notice with all its items, each with its ASSIGNED event, in one transaction.</summary>
    Task ImportNoticeAsync(DisputeNotice notice, IReadOnlyList<DisputeItem> items, CancellationToken cancellationToken = default);

    /// <summary>Items in notice order; each filter is optional.</summary>
    Task<IReadOnlyList<DisputeItem>> ListItemsAsync(string? notice, string? branch, DisputeState? state, CancellationToken cancellationToken = default);

    /// <summary>Every item with this DISPUTE_ID, over all notices (ids are unique within a notice only).</summary>
    Task<IReadOnlyList<DisputeItem>> FindItemsAsync(string disputeId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies the changes in one transaction, provided every item is still in its event's From state;
    /// false, and nothing changed, when another user moved one of them first.
    /// </summary>
    Task<bool> ChangeItemsAsync(IReadOnlyList<DisputeChange> changes, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EvidenceFile>> EvidenceAsync(string notice, string disputeId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DisputeEvent>> EventsAsync(string notice, string disputeId, CancellationToken cancellationToken = default);

    /// <summary>The branches as the run of the batch saw them (else the period's latest run); null when the period has no run.</summary>
    Task<BranchDirectory?> BranchDirectoryAsync(Core.Periods.ReportingPeriod period, int batch, CancellationToken cancellationToken = default);
}
