using System.Globalization;
using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Archive;
using RiskReporting.Engine.Composition;

namespace RiskReporting.Engine.Purge;

/// <summary>
/// What is past retention now: each kind the policy names, found in the store, the work folder and the archive, with its
/// age and SHA-256. Reads only; the same planning runs at request and again at execution, which refuses a changed item.
/// </summary>
internal sealed class PurgePlanner(IStateStore store, IRecordsStore records, EnginePaths paths, ArchiveService archive, IFileSystem fileSystem)
{
    public async Task<IReadOnlyList<PurgeItem>> PlanAsync(RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var runs = await store.ListRunsAsync(null, cancellationToken);
        var published = runs.Where(r => r.State == RunState.Published).OrderBy(r => r.Period).ThenBy(r => r.Batch).ToList();
        var items = new List<PurgeItem>();
        if (policy.For(RetentionKind.RunFolder) is { } folders)
        {
            items.AddRange(RunFolders(published, folders.Years, now));
        }

        if (policy.For(RetentionKind.SupersededRecords) is { } superseded)
        {
            items.AddRange(await SupersededAsync(published, superseded.Years, now, cancellationToken));
        }

        if (policy.For(RetentionKind.ArchivedMonth) is { } months)
        {
            items.AddRange(ArchivedMonths(months.Years, now));
        }

        return items;
    }

    private IEnumerable<PurgeItem> RunFolders(IEnumerable<RunRecord> published, int years, DateTimeOffset now)
    {
        foreach (var run in published)
        {
            var folder = paths.RunDirectory(run.Period, run.Batch);
            // Only a batch filed in the archive: the archive keeps its package, findings and statement.
            var filed = fileSystem.File.Exists(fileSystem.Path.Combine(archive.FolderOf(run.Period, run.Batch), ArchiveService.ManifestName));
            if (filed && fileSystem.Directory.Exists(folder) && run.UpdatedAt.AddYears(years) <= now)
            {
                yield return new PurgeItem(RetentionKind.RunFolder, Relative(folder), null, AgeDays(run.UpdatedAt, now), FolderDigest.Of(fileSystem, folder));
            }
        }
    }

    private async Task<List<PurgeItem>> SupersededAsync(IReadOnlyList<RunRecord> published, int years, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = new List<PurgeItem>();
        foreach (var run in published)
        {
            var successor = published.FirstOrDefault(r => r.Period == run.Period && r.Batch > run.Batch);
            if (successor is null || successor.UpdatedAt.AddYears(years) > now)
            {
                continue;
            }

            var (rows, sha256) = await records.RecordRowsDigestAsync(run.RunId, cancellationToken);
            if (rows > 0)
            {
                items.Add(new PurgeItem(RetentionKind.SupersededRecords,
                    $"state:run {run.RunId} ({run.Period}/{run.Batch.ToString("D2", CultureInfo.InvariantCulture)}, {rows.ToString(CultureInfo.InvariantCulture)} rows)",
                    run.RunId, AgeDays(successor.UpdatedAt, now), sha256));
            }
        }

        return items;
    }

    private IEnumerable<PurgeItem> ArchivedMonths(int years, DateTimeOffset now)
    {
        if (!fileSystem.Directory.Exists(archive.Root))
        {
            yield break;
        }

        foreach (var month in fileSystem.Directory.EnumerateDirectories(archive.Root, "??????", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!ReportingPeriod.TryParse(fileSystem.Path.GetFileName(month), out var period))
            {
                continue;
            }

            var since = new DateTimeOffset(period.DataDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (since.AddYears(years) <= now)
            {
                yield return new PurgeItem(RetentionKind.ArchivedMonth, Relative(month), null, AgeDays(since, now), FolderDigest.Of(fileSystem, month));
            }
        }
    }

    /// <summary>The path as the plan shows and the request records it: relative to the work folder, with forward slashes.</summary>
    private string Relative(string path) => fileSystem.Path.GetRelativePath(paths.WorkDirectory, path).Replace('\\', '/');

    private static int AgeDays(DateTimeOffset since, DateTimeOffset now) => Math.Max(0, (int)(now - since).TotalDays);
}
