using System.ComponentModel;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("审核通过已提交的答复 (approve)，或将其退回机构 (return)；审核人不得是答复人（四眼原则 four eyes）。")]
public sealed class DisputesReviewCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<DisputesReviewSettings>(composer, console)
{
    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, DisputesReviewSettings settings, CancellationToken cancellationToken)
    {
        var (item, overrides, note) = await disputes.ReviewAsync(settings.Reference, settings.Approve, settings.Approve ? settings.Comment : settings.Return, actor, cancellationToken);
        if (!settings.Approve)
        {
            Console.MarkupLineInterpolated($"举证项 {item.DisputeId} 已退回 (RETURNED) 机构 {item.BranchCode}：{settings.Return}");
            return (int)ExitCode.Ok;
        }

        Console.MarkupLineInterpolated($"举证项 {item.DisputeId} 已由 {actor.Name} 审核通过 (APPROVED)。");
        foreach (var adjustment in overrides)
        {
            Console.MarkupLineInterpolated($"  补录 (override) {adjustment.Id}：{adjustment.Part} {adjustment.Key} {adjustment.Field} = {adjustment.Value}；由 `riskreport correct --period {adjustment.Period}` 报送。");
        }

        if (note is not null)
        {
            Console.MarkupLineInterpolated($"  {note}");
        }

        return (int)ExitCode.Ok;
    }
}
