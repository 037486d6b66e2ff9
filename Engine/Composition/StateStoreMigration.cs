using System.IO.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Composition;

/// <summary>Prepares the work folder and brings the state store's schema up to date when the host starts: once per process, before any service touches it.</summary>
public sealed class StateStoreMigration(IStateStore store, EnginePaths paths, IFileSystem fileSystem, ILogger<StateStoreMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var target = paths.StateStore;

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
