namespace RiskReporting.Core.State;

/// <summary>
/// An audit entry as the chain holds it: its row id, its place in the chain (<see cref="Seq"/>), the hash of
/// the entry before it and its own hash, <c>SM3(PrevHash || canonical bytes)</c> (<see cref="AuditChain"/>).
/// </summary>
public sealed record ChainedAuditEntry(long EntryId, long Seq, AuditEntry Entry, string PrevHash, string EntryHash);
