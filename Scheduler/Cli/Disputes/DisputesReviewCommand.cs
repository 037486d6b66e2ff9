using System.ComponentModel;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("Approve a submitted answer or return it to the branch; the reviewer must not be who answered.")]
public sealed class DisputesReviewCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<DisputesReviewSettings>(composer, console)
{
    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, DisputesReviewSettings settings, CancellationToken cancellationToken)
    {
        var (item, overrides, note) = await disputes.ReviewAsync(settings.Reference, settings.Approve, settings.Approve ? settings.Comment : settings.Return, actor, cancellationToken);
        if (!settings.Approve)
        {
            Console.MarkupLineInterpolated($"Item {item.DisputeId} RETURNED to branch {item.BranchCode}: {settings.Return}");
            return (int)ExitCode.Ok;
        }

        Console.MarkupLineInterpolated($"Item {item.DisputeId} APPROVED by {actor.Name}.");
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
