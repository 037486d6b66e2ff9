namespace RiskReporting.Engine.Backup;

/// <summary>
/// Where a backup's members come from and go back to. Restored, a work folder has the engine's default layout: DIR/state.db,
/// DIR/YYYYMM/BB/ (the run folders), DIR/outbox, DIR/evidence, DIR/archive, and the configuration under DIR/config.
/// </summary>
internal static class BackupLayout
{
    public const string Work = "work/";
    public const string Outbox = "outbox/";
    public const string Evidence = "evidence/";
    public const string Archive = "archive/";
    public const string Configuration = "config/";

    /// <summary>A name being written (to be renamed when complete): never taken, at any depth.</summary>
    public static bool IsTemporary(string name) => name.EndsWith(".tmp", StringComparison.Ordinal);

    /// <summary>The path a member is restored to under the work folder; null for a name that is not one of a backup's (or climbs out).</summary>
    public static string? RestoredPath(string directory, string member)
    {
        if (member.Length == 0 || member.Contains('\\', StringComparison.Ordinal) || member.StartsWith('/') || member.Split('/').Any(p => p is "" or "." or ".."))
        {
            return null;
        }

        string? relative = member switch
        {
            "state.db" or "state.sql" => member,
            _ when member.StartsWith(Work, StringComparison.Ordinal) => member[Work.Length..],
            _ when member.StartsWith(Outbox, StringComparison.Ordinal) || member.StartsWith(Evidence, StringComparison.Ordinal)
                || member.StartsWith(Archive, StringComparison.Ordinal) || member.StartsWith(Configuration, StringComparison.Ordinal) => member,
            _ => null,
        };
        return relative is null ? null : Path.Combine(directory, relative);
    }
}
