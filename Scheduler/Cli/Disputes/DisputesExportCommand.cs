using System.ComponentModel;
using RiskReporting.Evidence.Handling;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("Write the response package {ORG}_YZXHF_{D}_{BATCH}_{ROUND}.zip of a notice; refused while items are not approved unless --partial.")]
public sealed class DisputesExportCommand(EngineSettingsLoader loader, StateStoreOpener opener, System.IO.Abstractions.IFileSystem fileSystem, TimeProvider clock, IAnsiConsole console)
    : DisputeCommand<DisputesExportSettings>(loader, opener, fileSystem, clock, console)
{
    protected override async Task<int> ExecuteAsync(DisputeService service, DisputesExportSettings settings, CancellationToken cancellationToken)
    {
        var directory = settings.Out is null ? Engine.OutboxDirectory : Path.GetFullPath(settings.Out);
        var result = await service.ExportAsync(settings.Notice, settings.Partial, directory, settings.User!, cancellationToken);
        Console.MarkupLineInterpolated($"Wrote {result.Path}: {result.Answered.Count} answered item(s).");
        if (result.Missing.Count > 0)
        {
            Console.MarkupLineInterpolated($"Partial response: not included, not yet approved: {string.Join(", ", result.Missing)}");
        }

        return (int)ExitCode.Ok;
    }
}
