using System.ComponentModel;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("Import a consistency-dispute notice (一致性举证) and assign its items to the branches; all or nothing, and importing it again changes nothing.")]
public sealed class DisputesImportCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<DisputesImportSettings>(composer, console)
{
    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, DisputesImportSettings settings, CancellationToken cancellationToken)
    {
        var result = await disputes.ImportAsync(settings.File, actor, cancellationToken);
        var notice = result.Notice;
        if (result.AlreadyImported)
        {
            Console.MarkupLineInterpolated($"Notice {notice.Name} was already imported on {notice.ImportedAt:yyyy-MM-dd HH:mm} UTC by {notice.ImportedBy}; nothing changed.");
            return (int)ExitCode.Ok;
        }

        var branchDue = result.Items.Count > 0 ? $"; branches are due {result.Items[0].BranchDue:yyyy-MM-dd}" : string.Empty;
        Console.MarkupLineInterpolated($"Imported notice [bold]{notice.Name}[/]: {result.Items.Count} items, due {notice.DueDate:yyyy-MM-dd}{branchDue}.");
        foreach (var group in result.Items.GroupBy(i => (i.BranchCode, i.Unassigned)).OrderBy(g => g.Key.BranchCode, StringComparer.Ordinal))
        {
            Console.MarkupLineInterpolated($"  branch {(group.Key.BranchCode.Length == 0 ? "(head office)" : group.Key.BranchCode)}: {group.Count()} item(s){(group.Key.Unassigned ? " — unassigned: no managing branch found, head office decides" : string.Empty)}");
        }

        return (int)ExitCode.Ok;
    }
}
