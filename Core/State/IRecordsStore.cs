namespace RiskReporting.Core.State;

/// <summary>
/// The records the bank's statistics rules ask the engine to keep about itself (issue #18): users' positions, purge
/// requests with their approvals and execution (第10条), and handovers (第13–16条). Every change is audited in the same
/// transaction as the change.
/// </summary>
public interface IRecordsStore
{
    /// <summary>Sets (or clears, with null) a user's position. Audited as user.position.</summary>
    Task SetPositionAsync(string name, string? position, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every user's position, by user name (users without one are absent).</summary>
    Task<IReadOnlyDictionary<string, string>> PositionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The SHA-256 and row count of the stored records and findings of a run (what a purge of its rows destroys).</summary>
    Task<(long Rows, string Sha256)> RecordRowsDigestAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Stores a purge request with its items. Audited as purge.request with every item's target and SHA-256.</summary>
    Task SavePurgeRequestAsync(PurgeRequest request, CancellationToken cancellationToken = default);

    Task<PurgeRequest?> FindPurgeRequestAsync(string purgeId, CancellationToken cancellationToken = default);

    /// <summary>Records one approval step; false when the step is already approved or the user approved another step (checked by the table's keys). Audited as purge.approve.</summary>
    Task<bool> AddPurgeApprovalAsync(string purgeId, PurgeApproval approval, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the stored records and findings of every item that names a run, marks the request executed and audits
    /// purge.execute with <paramref name="auditDetail"/>, in one transaction; false when it was already executed.
    /// </summary>
    Task<bool> ExecutePurgeAsync(string purgeId, string actor, string auditDetail, CancellationToken cancellationToken = default);

    /// <summary>What a user holds (is the author or the holder of, and still open): for a handover.</summary>
    Task<IReadOnlyList<HandoverItem>> HoldingsAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Stores the handover and makes its new user the holder of every item, in one transaction. Audited as user.handover.</summary>
    Task SaveHandoverAsync(Handover handover, CancellationToken cancellationToken = default);

    Task<Handover?> FindHandoverAsync(string handoverId, CancellationToken cancellationToken = default);

    /// <summary>Marks the handover acknowledged and disables its old user (revoking its sessions), in one transaction; false when already acknowledged.</summary>
    Task<bool> AcknowledgeHandoverAsync(string handoverId, DateTimeOffset at, CancellationToken cancellationToken = default);
}
