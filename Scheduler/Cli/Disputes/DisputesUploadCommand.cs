using System.ComponentModel;
using RiskReporting.Evidence.Handling;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("Add evidence files to an item the branch is working on (the item becomes IN_PROGRESS).")]
public sealed class DisputesUploadCommand(EngineSettingsLoader loader, StateStoreOpener opener, System.IO.Abstractions.IFileSystem fileSystem, TimeProvider clock, IAnsiConsole console)
    : DisputeCommand<EvidenceSettings>(loader, opener, fileSystem, clock, console)
{
    protected override async Task<int> ExecuteAsync(DisputeService service, EvidenceSettings settings, CancellationToken cancellationToken)
    {
        var added = await service.UploadAsync(settings.Reference, settings.Uploads, settings.User!, cancellationToken);
        foreach (var file in added)
        {
            Console.MarkupLineInterpolated($"Stored evidence {file.Seq:D2} {file.OriginalName}: {file.Kind}, {file.Bytes} bytes, SM3 {file.Sm3}.");
        }

        Console.MarkupLineInterpolated($"Item {settings.Item} is IN_PROGRESS with {added.Count} new file(s).");
        return (int)ExitCode.Ok;
    }
}
