using System.IO.Abstractions;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.Store;

namespace RiskReporting.Engine.Backup;

/// <summary>
/// `backup --out FILE` (issue #18, itops): one zip holding everything `verify` and `audit verify` read, consistent while a run writes.
/// The state store is copied first (SQLite's online backup API, or pg_dump of an exported snapshot), and the files are then chosen
/// from what that copy holds, never from what the folders hold by then: the run folders of its runs, the outbox files of its published
/// batches and the chain heads written beside them that its chain contains, the archive folders of its published batches; then the
/// evidence store and the configuration. Temporary names (*.tmp) are never taken. Every package the copy names is checked against
/// the SHA-256 it recorded; one that changed meanwhile makes the backup refuse, rather than hold a copy that would not verify.
/// The file is written under a temporary name and renamed; its SHA-256 is returned and audited.
/// </summary>
public sealed partial class BackupService(StateStore store, EnginePaths paths, IFileSystem fileSystem, PackageWriter packages, TimeProvider clock)
{
    public async Task<BackupResult> WriteAsync(string outFile, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireItOps(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(outFile);
        var target = fileSystem.Path.GetFullPath(outFile);
        if (fileSystem.File.Exists(target) || fileSystem.Directory.Exists(target))
        {
            throw new RefusalException(RefusalCode.StateConflict, $"{target} 已存在：备份不覆盖已有文件，请另取文件名。");
        }

        fileSystem.Directory.CreateDirectory(fileSystem.Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp";
        var storeCopy = target + ".state.tmp";
        try
        {
            var copy = await CopyStoreAsync(storeCopy, cancellationToken);
            BackupManifest manifest;
            await using (var stream = fileSystem.File.Create(temporary))
            {
                using var writer = new BackupWriter(fileSystem, stream);
                writer.Add(copy.Member, storeCopy);
                AddRunFolders(writer, copy);
                AddOutbox(writer, copy);
                AddArchive(writer, copy);
                AddEvidence(writer);
                AddConfiguration(writer);
                CheckPackages(writer, copy);
                manifest = new BackupManifest(BackupManifest.CurrentFormat, clock.GetUtcNow(), actor.Name, copy.Kind, copy.SchemaVersion, copy.Head.ToString(),
                    copy.Runs.Count, [.. writer.Members]);
                writer.AddManifest(manifest);
            }

            var sha256 = packages.Sha256Of(temporary);
            fileSystem.File.Move(temporary, target);
            await store.AppendAuditAsync(new AuditEntry(clock.GetUtcNow(), actor.Name, "backup.write", "backup:" + fileSystem.Path.GetFileName(target),
                $"sha256 {sha256}；{manifest.Members.Count} 个成员 (members)；{copy.Runs.Count} 次运行 (runs)；审计链头 (chain head) {copy.Head}"), cancellationToken);
            return new BackupResult(target, sha256, manifest);
        }
        finally
        {
            foreach (var leftover in new[] { temporary, storeCopy })
            {
                if (fileSystem.File.Exists(leftover))
                {
                    fileSystem.File.Delete(leftover);
                }
            }
        }
    }

    private async Task<StoreCopy> CopyStoreAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await store.CopyToAsync(path, cancellationToken);
        }
        catch (BackupToolMissingException)
        {
            throw new RefusalException(RefusalCode.InvalidConfiguration,
                "无法备份 PostgreSQL 状态库：本机找不到 pg_dump（请安装 PostgreSQL 客户端，如 apt-get install postgresql-client，并确保 pg_dump 在 PATH 中）。未写出任何备份文件。");
        }
    }

    /// <summary>
    /// Every package the copy names is in the backup with the bytes it recorded: where `verify` will look for it once restored (the run
    /// folder until approval, the outbox after). A batch approved while the backup ran had its package moved to the outbox meanwhile:
    /// it is taken from there for the run folder the copy expects.
    /// </summary>
    private void CheckPackages(BackupWriter writer, StoreCopy copy)
    {
        foreach (var run in copy.Runs.Where(r => r.PackageName is not null && r.PackageSha256 is not null))
        {
            var member = run.State switch
            {
                RunState.AwaitingApproval => RunMember(run, run.PackageName!),
                RunState.Published or RunState.Approved => OutboxMember(copy.OutboxPaths.GetValueOrDefault(run.RunId) ?? run.PackageName!),
                _ => null,
            };
            if (member is null)
            {
                continue;
            }

            if (!writer.Members.Any(m => m.Name == member) && run.State == RunState.AwaitingApproval)
            {
                writer.Add(member, fileSystem.Path.Combine(paths.OutboxDirectory, run.PackageName!));
            }

            var taken = writer.Members.SingleOrDefault(m => m.Name == member);
            if (taken is null || taken.Sha256 != run.PackageSha256)
            {
                throw new RefusalException(RefusalCode.StateConflict,
                    $"备份未完成：{run.Period} 第 {run.Batch:D2} 批的报文 {run.PackageName} 在备份期间{(taken is null ? "不见了" : "已改变")}（应为 sha256 {run.PackageSha256}），请稍后重新备份。未写出任何备份文件。");
            }
        }
    }
}
