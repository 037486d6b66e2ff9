using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

/// <summary>What every disputes verb does first: compose the engine, establish who acts, and hand both to the verb.</summary>
public abstract class DisputeCommand<TSettings>(EngineComposer composer, IAnsiConsole console)
    : AsyncCommand<TSettings>
    where TSettings : DisputeSettings
{
    protected IAnsiConsole Console => console;

    /// <summary>The verb only reads (list, show, export): a folder with no state store is refused, not given an empty one.</summary>
    protected virtual bool ReadsOnly => false;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = ReadsOnly
            ? await composer.StartReadingAsync(settings, cancellationToken)
            : await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        return await ExecuteAsync(engine.Get<DisputeWorkflow>(), actor, settings, engine.Stopping);
    }

    protected abstract Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, TSettings settings, CancellationToken cancellationToken);
}
