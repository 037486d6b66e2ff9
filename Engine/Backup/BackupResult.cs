namespace RiskReporting.Engine.Backup;

/// <summary>A backup written: where, its SHA-256 (of the whole file), and its manifest.</summary>
public sealed record BackupResult(string Path, string Sha256, BackupManifest Manifest);
