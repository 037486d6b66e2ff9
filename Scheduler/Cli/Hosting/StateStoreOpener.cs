using Microsoft.Extensions.Logging;
using RiskReporting.Core.State;
using RiskReporting.Store;

namespace RiskReporting.Scheduler.Cli.Hosting;

/// <summary>Opens the configured state store and brings its schema up to date, as every verb that touches state does first.</summary>
public sealed class StateStoreOpener(TimeProvider clock, System.IO.Abstractions.IFileSystem fileSystem, ILogger<StateStoreOpener> logger)
{
    public async Task<IStateStore> OpenAsync(EngineSettings settings, CancellationToken cancellationToken)
    {
        Core.Files.WorkFolder.Prepare(fileSystem, settings.WorkDirectory, settings.StateStore);

        var store = StateStoreFactory.Create(settings.StateStore, clock);
        var applied = await store.MigrateAsync(cancellationToken);
        logger.StateStoreReady(settings.StateStore.ToString(), await store.SchemaVersionAsync(cancellationToken), applied);
        return store;
    }
}
