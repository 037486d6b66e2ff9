using System.ComponentModel;
using RiskReporting.Evidence.Handling;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("Approve a submitted answer or return it to the branch; the reviewer must not be who answered.")]
public sealed class DisputesReviewCommand(EngineSettingsLoader loader, StateStoreOpener opener, System.IO.Abstractions.IFileSystem fileSystem, TimeProvider clock, IAnsiConsole console)
    : DisputeCommand<DisputesReviewSettings>(loader, opener, fileSystem, clock, console)
{
    protected override async Task<int> ExecuteAsync(DisputeService service, DisputesReviewSettings settings, CancellationToken cancellationToken)
    {
        var (item, overrides, note) = await service.ReviewAsync(settings.Reference, settings.Approve, settings.Approve ? settings.Comment : settings.Return, settings.User!, cancellationToken);
        if (!settings.Approve)
        {
            Console.MarkupLineInterpolated($"Item {item.DisputeId} RETURNED to branch {item.BranchCode}: {settings.Return}");
            return (int)ExitCode.Ok;
        }

        Console.MarkupLineInterpolated($"Item {item.DisputeId} APPROVED by {settings.User}.");
        foreach (var adjustment in overrides)
        {
            Console.MarkupLineInterpolated($"  override {adjustment.Id}: {adjustment.Part} {adjustment.Key} {adjustment.Field} = {adjustment.Value}; `riskreport correct --period {adjustment.Period}` reports it.");
        }

        if (note is not null)
        {
            Console.MarkupLineInterpolated($"  {note}");
        }

        return (int)ExitCode.Ok;
    }
}
