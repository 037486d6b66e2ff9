namespace RiskReporting.Engine.Backup;

/// <summary>
/// <c>manifest.json</c>, the last member of a backup file: when and by whom it was taken, the state store's kind, schema version and
/// audit chain head as copied, and every other member with its length and SHA-256, which restore checks before it uses a byte.
/// </summary>
public sealed record BackupManifest(int Format, DateTimeOffset TakenAt, string TakenBy, string StoreKind, int SchemaVersion, string AuditHead, int Runs,
    IReadOnlyList<BackupMember> Members)
{
    public const string Name = "manifest.json";

    public const int CurrentFormat = 1;
}
