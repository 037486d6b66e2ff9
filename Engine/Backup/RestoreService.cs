using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.State;
using RiskReporting.Engine.Audit;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Verification;
using RiskReporting.Evidence;
using RiskReporting.Extraction.Configuration;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.Store;
using RiskReporting.Validation;

namespace RiskReporting.Engine.Backup;

/// <summary>
/// `restore FILE --into DIR` (issue #18, itops): every member checked against the manifest's SHA-256 as it is unpacked into a
/// temporary folder beside DIR, which is renamed to DIR only when all of them match (DIR must be empty or absent); the restored
/// store's outbox paths are moved into DIR/outbox; then `audit verify` on the restored chain and `verify` on its latest batch that
/// built a package, through the same services the verbs use, pointed at DIR. The restore is audited in the store of whoever ran it.
/// </summary>
public sealed partial class RestoreService(IStateStore store, PackageWriter packages, IFileSystem fileSystem, TimeProvider clock,
    IOptions<EngineOptions> engine, IOptions<ExtractionOptions> extraction, IOptions<ValidationOptions> validation)
{
    public async Task<RestoreResult> RestoreAsync(string file, string into, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireItOps(actor);
        var source = fileSystem.Path.GetFullPath(file);
        var target = fileSystem.Path.GetFullPath(into);
        if (!fileSystem.File.Exists(source))
        {
            throw new RefusalException(RefusalCode.NotFound, $"备份文件 {source} 不存在。");
        }

        if (fileSystem.File.Exists(target) || (fileSystem.Directory.Exists(target) && fileSystem.Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new RefusalException(RefusalCode.StateConflict, $"{target} 不是空文件夹：恢复只写入不存在或空的文件夹，不会覆盖已有内容。");
        }

        var manifest = Unpack(source, target);
        var restored = new SqliteStateStore(fileSystem.Path.Combine(target, "state.db"), clock);
        await restored.MigrateAsync(cancellationToken);
        await restored.RehomeOutboxAsync(fileSystem.Path.Combine(target, "outbox"), cancellationToken);
        var where = new EnginePaths(target, new EngineOptions { Org = engine.Value.Org, Work = target }, extraction.Value, validation.Value, new DisputeOptions());
        var audit = await new AuditService(restored, restored, where, fileSystem, clock).CheckAsync(cancellationToken);
        var latest = (await restored.ListRunsAsync(null, cancellationToken)).Where(r => r.PackageName is not null && r.PackageSha256 is not null)
            .OrderBy(r => r.Period.ToString(), StringComparer.Ordinal).ThenBy(r => r.Batch).LastOrDefault();
        var verification = latest is null ? null : await new VerificationService(restored, packages, fileSystem, where, clock).VerifyAsync(latest.Period, latest.Batch, actor, cancellationToken: cancellationToken);
        var batch = latest is null ? null : $"{latest.Period} {latest.Batch:D2}";
        var result = new RestoreResult(target, manifest, audit, batch, verification);
        await store.AppendAuditAsync(new AuditEntry(clock.GetUtcNow(), actor.Name, "backup.restore", "backup:" + fileSystem.Path.GetFileName(source),
            $"恢复到 (into) {target}；{manifest.Members.Count} 个成员 (members)；审计链 (audit) {(audit.Intact ? "完好 (intact)" : "已损坏 (BROKEN)")}；核验 (verify) {batch ?? "-"} {(verification is null ? "-" : verification.Verified ? "通过 (ok)" : "失败 (FAILED)")}"),
            cancellationToken);
        return result;
    }
}
