namespace RiskReporting.Core.State;

/// <summary>The audit trail as a hash chain: every entry with its links, the head, and the findings digests runs recorded in it.</summary>
public interface IAuditChain
{
    /// <summary>Every entry in row order, with seq and hashes as stored (a verifier reads what is there, not what should be).</summary>
    Task<IReadOnlyList<ChainedAuditEntry>> ListChainAsync(CancellationToken cancellationToken = default);

    Task<AuditChainHead> ChainHeadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands the committed entries not yet written to the log (at most <paramref name="max"/>, oldest first) to
    /// <paramref name="write"/>, then records them as logged, holding the cursor's lock throughout: each entry is
    /// logged once across processes, and again rather than never if the process dies between. Returns how many.
    /// </summary>
    Task<int> MirrorAuditAsync(Action<ChainedAuditEntry> write, int max, CancellationToken cancellationToken = default);

    /// <summary>The SM3 of the run's findings as the run recorded it in the chain when it stored them (its last such entry), or null.</summary>
    Task<string?> RecordedFindingsDigestAsync(string runId, CancellationToken cancellationToken = default);
}
