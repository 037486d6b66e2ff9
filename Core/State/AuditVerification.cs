namespace RiskReporting.Core.State;

/// <summary>What checking the audit chain found: intact (with its head), or the first entry that was changed, removed or reordered.</summary>
public sealed record AuditVerification(bool Intact, long Entries, AuditChainHead Head, long? FirstBadEntryId, string? Problem)
{
    public static AuditVerification Good(long entries, AuditChainHead head) => new(true, entries, head, null, null);

    public static AuditVerification Bad(long entries, AuditChainHead head, long? entryId, string problem) => new(false, entries, head, entryId, problem);
}
