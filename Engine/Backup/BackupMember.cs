namespace RiskReporting.Engine.Backup;

/// <summary>One file in a backup: its name inside the backup (state.db, work/…, outbox/…, evidence/…, archive/…, config/…), length and SHA-256.</summary>
public sealed record BackupMember(string Name, long Length, string Sha256);
