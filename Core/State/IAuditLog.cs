namespace RiskReporting.Core.State;

/// <summary>The audit trail: who did what to which subject, and when.</summary>
public interface IAuditLog
{
    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entries whose subject starts with the prefix (taken literally), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? subjectPrefix, CancellationToken cancellationToken = default);
}
