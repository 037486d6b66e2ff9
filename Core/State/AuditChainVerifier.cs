using System.Globalization;

namespace RiskReporting.Core.State;

/// <summary>
/// Walks the chain in row order and names the first entry that breaks it: one whose hash no longer matches
/// its content (changed), one that follows a gap in the chain's numbering (entries removed before it), one
/// that stands out of its place (reordered), or a head that records more than the rows hold (removed at the
/// end). An expected head (the one a published batch wrote beside its package) must be a link of the chain.
/// </summary>
public static class AuditChainVerifier
{
    public static AuditVerification Verify(IReadOnlyList<ChainedAuditEntry> entries, AuditChainHead recordedHead, AuditChainHead? published = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(recordedHead);
        var present = entries.Select(e => e.Seq).ToHashSet();
        var previous = AuditChainHead.Empty;
        var publishedSeen = published is null || published.Seq == 0;
        foreach (var e in entries)
        {
            if (AuditChain.Hash(e.PrevHash, e.Seq, e.Entry) != e.EntryHash)
            {
                return Bad(entries, recordedHead, e, $"entry {e.EntryId} was changed: its content no longer gives its hash ({Describe(e)})");
            }

            if (e.PrevHash != previous.EntryHash || e.Seq != previous.Seq + 1)
            {
                return Bad(entries, recordedHead, e, Broken(e, previous, present));
            }

            publishedSeen |= published is not null && e.Seq == published.Seq && e.EntryHash == published.EntryHash;
            previous = new AuditChainHead(e.Seq, e.EntryHash);
        }

        if (previous != recordedHead)
        {
            return AuditVerification.Bad(entries.Count, recordedHead, null, recordedHead.Seq > previous.Seq
                ? string.Create(CultureInfo.InvariantCulture, $"entries after number {previous.Seq} were removed: the chain head records {recordedHead.Seq} entries")
                : string.Create(CultureInfo.InvariantCulture, $"the chain head (number {recordedHead.Seq}) does not match the last entry (number {previous.Seq})"));
        }

        return publishedSeen
            ? AuditVerification.Good(entries.Count, previous)
            : AuditVerification.Bad(entries.Count, recordedHead, null, $"the chain does not contain the published head {published}: it was rewritten or cut short after publication");
    }

    private static string Broken(ChainedAuditEntry e, AuditChainHead previous, HashSet<long> present)
    {
        var expected = previous.Seq + 1;
        var movedHere = e.Seq < expected || Enumerable.Range(0, (int)Math.Min(e.Seq - expected, int.MaxValue)).Any(i => present.Contains(expected + i));
        return movedHere
            ? string.Create(CultureInfo.InvariantCulture, $"entry {e.EntryId} is out of order: it was written as number {e.Seq} but stands where number {expected} belongs ({Describe(e)})")
            : e.Seq > expected
                ? string.Create(CultureInfo.InvariantCulture, $"entries numbered {expected}–{e.Seq - 1} were removed before entry {e.EntryId} ({Describe(e)})")
                : string.Create(CultureInfo.InvariantCulture, $"entry {e.EntryId} does not link to the entry before it ({Describe(e)})");
    }

    private static AuditVerification Bad(IReadOnlyList<ChainedAuditEntry> entries, AuditChainHead head, ChainedAuditEntry e, string problem) =>
        AuditVerification.Bad(entries.Count, head, e.EntryId, problem);

    private static string Describe(ChainedAuditEntry e) =>
        $"{e.Entry.At.UtcDateTime.ToString(AuditChain.TimeFormat, CultureInfo.InvariantCulture)} {e.Entry.Action} {e.Entry.Subject} by {e.Entry.Actor}";
}
