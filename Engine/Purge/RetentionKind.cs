namespace RiskReporting.Engine.Purge;

/// <summary>The kinds of record retention.csv can name, each with what a purge of it destroys.</summary>
public static class RetentionKind
{
    /// <summary>WORK/YYYYMM/BB of a published batch filed in the archive; age from its approval.</summary>
    public const string RunFolder = "run_folder";

    /// <summary>The stored records and findings of a published batch a later published correction replaced; age from the correction's approval.</summary>
    public const string SupersededRecords = "superseded_records";

    /// <summary>archive/YYYY/Qn/YYYYMM, every batch filed for the month; age from the month's data date.</summary>
    public const string ArchivedMonth = "archived_month";

    public static IReadOnlyList<string> All { get; } = [RunFolder, SupersededRecords, ArchivedMonth];
}
