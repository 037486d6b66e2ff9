namespace RiskReporting.MessageBuilder.Packaging;

/// <summary>A package written to disk: its path, its SHA-256 (recorded so the submission can be proved later) and its entries.</summary>
public sealed record PackageResult(string Path, string Sha256, IReadOnlyList<PackageEntry> Entries);
