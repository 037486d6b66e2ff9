using RiskReporting.Core.Calendar;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Evidence.Handling;
using RiskReporting.Evidence.Notices;
using RiskReporting.Evidence.Store;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

/// <summary>
/// Opens the dispute service for the bank's folder and turns its refusals into exit codes: a refused action
/// is 5, a refused notice or evidence file is 1 with every problem on its own line.
/// </summary>
public abstract class DisputeCommand<TSettings>(EngineSettingsLoader loader, StateStoreOpener opener, System.IO.Abstractions.IFileSystem fileSystem, TimeProvider clock, IAnsiConsole console)
    : AsyncCommand<TSettings>
    where TSettings : DisputeSettings
{
    protected IAnsiConsole Console => console;

    protected EngineSettings Engine { get; private set; } = null!;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        Engine = loader.Load(settings);
        var store = await opener.OpenAsync(Engine, cancellationToken);
        var calendar = WorkingDayCalendar.Load(fileSystem, Engine.CalendarDirectory);
        var service = new DisputeService(store, (IDisputeStore)store, new EvidenceStore(fileSystem, Engine.EvidenceDirectory), fileSystem, calendar, clock, Engine.Engine.Org, Engine.Disputes);
        try
        {
            return await ExecuteAsync(service, settings, cancellationToken);
        }
        catch (DisputeRefusedException e)
        {
            await System.Console.Error.WriteLineAsync("riskreport: " + e.Message);
            return (int)ExitCode.Refused;
        }
        catch (NoticeRejectedException e)
        {
            await System.Console.Error.WriteLineAsync("riskreport: " + e.Message);
            return (int)ExitCode.Failed;
        }
        catch (EvidenceRejectedException e)
        {
            await System.Console.Error.WriteLineAsync($"riskreport: evidence refused, nothing was recorded: {e.Message}");
            return (int)ExitCode.Failed;
        }
    }

    protected abstract Task<int> ExecuteAsync(DisputeService service, TSettings settings, CancellationToken cancellationToken);
}
