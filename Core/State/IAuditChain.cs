namespace RiskReporting.Core.State;

/// <summary>The audit trail as a hash chain: every entry with its links, the head, and the findings digests runs recorded in it.</summary>
public interface IAuditChain
{
    /// <summary>Every entry in row order, with seq and hashes as stored (a verifier reads what is there, not what should be).</summary>
    Task<IReadOnlyList<ChainedAuditEntry>> ListChainAsync(CancellationToken cancellationToken = default);

    Task<AuditChainHead> ChainHeadAsync(CancellationToken cancellationToken = default);

    /// <summary>The SM3 of the run's findings as the run recorded it in the chain when it stored them (its last such entry), or null.</summary>
    Task<string?> RecordedFindingsDigestAsync(string runId, CancellationToken cancellationToken = default);
}
