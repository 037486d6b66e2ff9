namespace RiskReporting.Core.Snapshots;

/// <summary>What one rule query returned at D: its row count and a digest of the rows.</summary>
public sealed record SourceFingerprint(long Rows, string Sha256);
