using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.State;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("Record a manual adjustment (补录) of one field of one record, applied on top of the extracted records at the next run; or remove one.")]
public sealed class OverrideCommand(EngineSettingsLoader loader, StateStoreOpener opener, TimeProvider clock, IAnsiConsole console) : AsyncCommand<OverrideSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, OverrideSettings settings, CancellationToken cancellationToken)
    {
        var store = await opener.OpenAsync(loader.Load(settings), cancellationToken);
        await Operators.RequireOperatorAsync(store, settings.User, cancellationToken);
        if (settings.Remove is { } id)
        {
            if (!await store.RemoveOverrideAsync(id, settings.User!, cancellationToken))
            {
                throw new UsageException($"There is no active override '{id}'.");
            }

            console.MarkupLineInterpolated($"Override {id} removed by {settings.User}; the next run reports the extracted value again.");
            return (int)ExitCode.Ok;
        }

        var period = ReportingPeriod.Parse(settings.Period!);
        var part = ReportParts.All.FirstOrDefault(p => p.Code == settings.Part) ?? throw new UsageException($"'{settings.Part}' is not a report part.");
        if (!part.HasField(settings.Field!))
        {
            throw new UsageException($"{part.Code} has no field {settings.Field}: its fields are {string.Join(", ", part.Fields.Select(f => f.Name))}.");
        }

        if (part.KeyIndexes.Contains(part.IndexOf(settings.Field!)))
        {
            throw new UsageException($"{settings.Field} is a key field of {part.Code}: a key is corrected in the source, not overridden.");
        }

        var run = await Operators.LatestRunAsync(store, period, cancellationToken);
        if (await store.FindRecordAsync(run.RunId, part.Code, settings.Key!, cancellationToken) is null)
        {
            throw new UsageException($"{part.Code} has no record with key '{settings.Key}' in {period} batch {run.Batch:D2}.");
        }

        var adjustment = new Override(Guid.NewGuid().ToString("N")[..12], period, part.Code, settings.Key!, settings.Field!, settings.Value!, settings.Reason!, settings.User!, clock.GetUtcNow(), null, null);
        await store.AddOverrideAsync(adjustment, cancellationToken);
        console.MarkupLineInterpolated($"Override {adjustment.Id} recorded: {part.Code} {settings.Key} {settings.Field} = {settings.Value}. Run the period again to apply and validate it.");
        return (int)ExitCode.Ok;
    }
}
