using System.ComponentModel;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("Add evidence files to an item the branch is working on (the item becomes IN_PROGRESS).")]
public sealed class DisputesUploadCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<EvidenceSettings>(composer, console)
{
    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, EvidenceSettings settings, CancellationToken cancellationToken)
    {
        var added = await disputes.UploadAsync(settings.Reference, settings.Uploads, actor, cancellationToken);
        foreach (var file in added)
        {
            Console.MarkupLineInterpolated($"Stored evidence {file.Seq:D2} {file.OriginalName}: {file.Kind}, {file.Bytes} bytes, SM3 {file.Sm3}.");
        }

        Console.MarkupLineInterpolated($"Item {settings.Item} is IN_PROGRESS with {added.Count} new file(s).");
        return (int)ExitCode.Ok;
    }
}
