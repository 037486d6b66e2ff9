namespace RiskReporting.Core.State;

/// <summary>The last link of the audit chain: how many entries it holds and the hash of the last one.</summary>
public sealed record AuditChainHead(long Seq, string EntryHash)
{
    public static AuditChainHead Empty { get; } = new(0, AuditChain.Genesis);

    /// <summary>The text a published batch writes beside its package (<c>{package}.audit-head</c>).</summary>
    public override string ToString() => FormattableString.Invariant($"{Seq} {EntryHash}");
}
