using System.IO.Abstractions;

namespace RiskReporting.Scheduler.Logging;

/// <summary>
/// Deletes log files older than <c>Logging:RetentionDays</c> (default 180). The bank keeps statistics records,
/// not logs, for longer; the daily files NLog writes are otherwise never removed. Only the files NLog writes
/// (<c>riskreport-*.json</c> and their archives) are touched, so a log folder shared with other files is safe.
/// </summary>
public sealed class LogRetention(IFileSystem fileSystem, TimeProvider clock)
{
    public const int DefaultDays = 180;

    /// <returns>How many files were deleted.</returns>
    public int Prune(string directory, int days)
    {
        if (!fileSystem.Directory.Exists(directory))
        {
            return 0;
        }

        var cutoff = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(days);
        var deleted = 0;
        foreach (var file in fileSystem.Directory.EnumerateFiles(directory, LogSetup.FilePrefix + "*"))
        {
            if (fileSystem.File.GetLastWriteTimeUtc(file) < cutoff)
            {
                fileSystem.File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }
}
