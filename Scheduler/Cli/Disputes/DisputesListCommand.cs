using System.ComponentModel;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Evidence.Handling;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("List dispute items with their branch, state and due date; overdue items are flagged. A branch user sees only its own.")]
public sealed class DisputesListCommand(EngineSettingsLoader loader, StateStoreOpener opener, System.IO.Abstractions.IFileSystem fileSystem, TimeProvider clock, IAnsiConsole console)
    : DisputeCommand<DisputesListSettings>(loader, opener, fileSystem, clock, console)
{
    protected override async Task<int> ExecuteAsync(DisputeService service, DisputesListSettings settings, CancellationToken cancellationToken)
    {
        var items = await service.ListAsync(settings.User!, settings.Notice, settings.Branch, settings.ParsedState, settings.Overdue, cancellationToken);
        var table = new Table().AddColumns("notice", "item", "check", "customer", "field", "branch", "state", "branch due", "");
        foreach (var item in items)
        {
            var flags = string.Join(' ', new[] { item.IsOverdue(service.Today) ? "OVERDUE" : null, item.Unassigned ? "unassigned" : null }.OfType<string>());
            table.AddRow(Markup.Escape(item.Notice), Markup.Escape(item.DisputeId), Markup.Escape(item.Line.CheckCode), Markup.Escape(item.Line.CustCode),
                Markup.Escape($"{item.Line.Part}.{item.Line.Field}"), Markup.Escape(item.BranchCode), DisputeStates.Text(item.State), $"{item.BranchDue:yyyy-MM-dd}", flags);
        }

        Console.Write(table);
        Console.MarkupLineInterpolated($"{items.Count} item(s).");
        return (int)ExitCode.Ok;
    }
}
