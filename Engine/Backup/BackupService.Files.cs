using System.Globalization;
using System.Text.Json;
using RiskReporting.Core.Runs;
using RiskReporting.Engine.Archive;
using RiskReporting.Engine.Audit;
using RiskReporting.Store;

namespace RiskReporting.Engine.Backup;

/// <summary>Which files a backup takes, each chosen from what the state store's copy holds (see <see cref="BackupService"/>).</summary>
public sealed partial class BackupService
{
    private const string SpillFolder = "spill/";

    /// <summary>
    /// The folder of each run the copy holds; a run started after the copy is not taken, nor its folder. A run's spill area
    /// (spill/: sorted runs of its parts while it lives, locked by it) is its scratch, not an output, and is left out.
    /// </summary>
    private void AddRunFolders(BackupWriter writer, StoreCopy copy)
    {
        foreach (var run in copy.Runs)
        {
            var folder = paths.RunDirectory(run.Period, run.Batch);
            foreach (var (relative, file) in Complete(folder).Where(f => !f.Relative.StartsWith(SpillFolder, StringComparison.Ordinal)))
            {
                writer.Add(RunMember(run, relative), file);
            }
        }
    }

    /// <summary>The outbox file each published batch of the copy recorded, and the chain head beside it when the copy's chain reaches it.</summary>
    private void AddOutbox(BackupWriter writer, StoreCopy copy)
    {
        foreach (var path in copy.OutboxPaths.Values.Order(StringComparer.Ordinal))
        {
            writer.Add(OutboxMember(path), path);
            var head = path + AuditService.HeadSuffix;
            if (fileSystem.File.Exists(head) && HeadSeq(head) is { } seq && seq <= copy.Head.Seq)
            {
                writer.Add(OutboxMember(head), head);
            }
        }
    }

    /// <summary>The archive, but a batch folder only when the copy holds its batch as published (one filed after the copy is left out).</summary>
    private void AddArchive(BackupWriter writer, StoreCopy copy)
    {
        var root = fileSystem.Path.Combine(paths.WorkDirectory, "archive");
        var published = copy.OutboxPaths.Keys.ToHashSet(StringComparer.Ordinal);
        var folders = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (relative, file) in Complete(root))
        {
            var parts = relative.Split('/');
            if (parts.Length >= 5)
            {
                var folder = fileSystem.Path.GetDirectoryName(file)!;
                if (!folders.TryGetValue(folder, out var take))
                {
                    take = folders[folder] = ManifestRun(fileSystem.Path.Combine(folder, ArchiveService.ManifestName)) is { } runId && published.Contains(runId);
                }

                if (!take)
                {
                    continue;
                }
            }

            writer.Add(BackupLayout.Archive + relative, file);
        }
    }

    /// <summary>The evidence store's stored files (content-addressed, complete once named); uploads in progress are not taken.</summary>
    private void AddEvidence(BackupWriter writer)
    {
        foreach (var (relative, file) in Complete(paths.EvidenceDirectory).Where(f => !f.Relative.StartsWith("incoming/", StringComparison.Ordinal)))
        {
            writer.Add(BackupLayout.Evidence + relative, file);
        }
    }

    /// <summary>The configuration: appsettings.json, the plans (plans/*.csv) and the bank's own rules folder, when beside it.</summary>
    private void AddConfiguration(BackupWriter writer)
    {
        writer.Add(BackupLayout.Configuration + "appsettings.json", fileSystem.Path.Combine(paths.BaseDirectory, "appsettings.json"));
        foreach (var folder in new[] { "plans", "rules" })
        {
            foreach (var (relative, file) in Complete(fileSystem.Path.Combine(paths.BaseDirectory, folder)))
            {
                writer.Add(BackupLayout.Configuration + folder + "/" + relative, file);
            }
        }
    }

    private static string RunMember(RunRecord run, string relative) =>
        $"{BackupLayout.Work}{run.Period}/{run.Batch.ToString("D2", CultureInfo.InvariantCulture)}/{relative}";

    private string OutboxMember(string path) => BackupLayout.Outbox + fileSystem.Path.GetFileName(path);

    /// <summary>Every file under the folder (relative, '/'-separated), oldest names first, leaving out temporary names at any depth.</summary>
    private List<(string Relative, string File)> Complete(string folder)
    {
        if (!fileSystem.Directory.Exists(folder))
        {
            return [];
        }

        return fileSystem.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: fileSystem.Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
            .Where(f => !f.Relative.Split('/').Any(BackupLayout.IsTemporary))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
    }

    private long? HeadSeq(string path) =>
        fileSystem.File.ReadAllText(path).Trim().Split(' ') is [var seq, _] && long.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private string? ManifestRun(string manifest)
    {
        if (!fileSystem.File.Exists(manifest))
        {
            return null;
        }

        using var document = JsonDocument.Parse(fileSystem.File.ReadAllText(manifest));
        return document.RootElement.TryGetProperty(nameof(ArchivedBatch.RunId), out var runId) ? runId.GetString() : null;
    }
}
