using System.IO.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Composition;

/// <summary>Prepares the work folder and brings the state store's schema up to date when the host starts: once per process, before any service touches it.</summary>
public sealed class StateStoreMigration(IStateStore store, EnginePaths paths, EngineLocation location, IFileSystem fileSystem, ILogger<StateStoreMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var target = paths.StateStore;

        // A verb that only reads, in a folder that holds no state store, would otherwise create an empty one and report nothing (issue #17).
        if (location.ReadsOnly && target.Kind == Core.Configuration.DatabaseKind.Sqlite && !fileSystem.File.Exists(target.Value))
        {
            throw new RefusalException(RefusalCode.NotFound,
                $"{fileSystem.Path.GetDirectoryName(target.Value)} 中没有状态库 (no state store: {fileSystem.Path.GetFileName(target.Value)})；只读命令不新建状态库。请在工作目录中运行，或用 --work / --config 指向它。");
        }

        // The work folder 0700, a SQLite store 0600 before SQLite opens it, and spill left by a killed process removed.
        Core.Files.WorkFolder.Prepare(fileSystem, paths.WorkDirectory, target);

        // Every verb opens the store: a line per start would drown the log (issue #17), so only a change of schema is logged.
        var applied = await store.MigrateAsync(cancellationToken);
        if (applied > 0)
        {
            logger.StateStoreReady(target.ToString(), await store.SchemaVersionAsync(cancellationToken), applied);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
