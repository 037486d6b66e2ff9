using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Evidence.Store;

/// <summary>A file accepted into the evidence store: its SM3 (its address in the store), kind and size.</summary>
public sealed record StoredEvidence(string Sm3, EvidenceKind Kind, long Bytes);
