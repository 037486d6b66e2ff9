namespace RiskReporting.Evidence.Store;

/// <summary>The limits disputes.md sets on evidence, and the one it leaves to us (unpacked size of a zip container).</summary>
public static class EvidenceLimits
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    public const long MaxItemBytes = 100L * 1024 * 1024;

    public const int MaxFilesPerItem = 99;

    /// <summary>
    /// An XLSX or DOCX is a zip; a few MiB of zip can unpack to gigabytes (a zip bomb). Real office files
    /// of 20 MiB stay far below this bound, which is checked against the bytes actually inflated.
    /// </summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public const int MaxZipEntries = 10_000;
}
