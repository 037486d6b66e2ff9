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
                return Bad(entries, recordedHead, e, $"条目 (entry) {e.EntryId} 被改动过 (changed)：其内容与其哈希不再相符（{Describe(e)}）");
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
                ? string.Create(CultureInfo.InvariantCulture, $"第 {previous.Seq} 号之后的条目被删除 (removed)：链头 (chain head) 记录有 {recordedHead.Seq} 条")
                : string.Create(CultureInfo.InvariantCulture, $"链头 (chain head)（第 {recordedHead.Seq} 号）与最后一条（第 {previous.Seq} 号）不符 (does not match)"));
        }

        return publishedSeen
            ? AuditVerification.Good(entries.Count, previous)
            : AuditVerification.Bad(entries.Count, recordedHead, null, $"审计链不含已公布的链头 (published head) {published}：公布后被改写或截短");
    }

    private static string Broken(ChainedAuditEntry e, AuditChainHead previous, HashSet<long> present)
    {
        var expected = previous.Seq + 1;
        var movedHere = e.Seq < expected || Enumerable.Range(0, (int)Math.Min(e.Seq - expected, int.MaxValue)).Any(i => present.Contains(expected + i));
        return movedHere
            ? string.Create(CultureInfo.InvariantCulture, $"条目 (entry) {e.EntryId} 顺序错乱 (out of order)：写入时为第 {e.Seq} 号，却位于第 {expected} 号的位置（{Describe(e)}）")
            : e.Seq > expected
                ? string.Create(CultureInfo.InvariantCulture, $"条目 (entry) {e.EntryId} 之前的第 {expected}–{e.Seq - 1} 号被删除 (removed)（{Describe(e)}）")
                : string.Create(CultureInfo.InvariantCulture, $"条目 (entry) {e.EntryId} 未链接到前一条 (does not link)（{Describe(e)}）");
    }

    private static AuditVerification Bad(IReadOnlyList<ChainedAuditEntry> entries, AuditChainHead head, ChainedAuditEntry e, string problem) =>
        AuditVerification.Bad(entries.Count, head, e.EntryId, problem);

    private static string Describe(ChainedAuditEntry e) =>
        $"{e.Entry.At.UtcDateTime.ToString(AuditChain.TimeFormat, CultureInfo.InvariantCulture)} {e.Entry.Action} {e.Entry.Subject} by {e.Entry.Actor}";
}
