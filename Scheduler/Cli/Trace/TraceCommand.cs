using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Trace;

[Description("Show a report record of a run's snapshot and the source rows it came from (rule file and key columns).")]
public sealed class TraceCommand(EngineSettingsLoader loader, StateStoreOpener opener, IAnsiConsole console) : AsyncCommand<TraceSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, TraceSettings settings, CancellationToken cancellationToken)
    {
        var store = await opener.OpenAsync(loader.Load(settings), cancellationToken);
        var period = ReportingPeriod.Parse(settings.Period!);
        var runs = await store.ListRunsAsync(period, cancellationToken);
        var run = (settings.Batch is { } batch ? runs.Where(r => r.Batch == batch) : runs).MaxBy(r => r.Batch)
            ?? throw new UsageException($"No run of {period}{(settings.Batch is { } b ? $" batch {b:D2}" : string.Empty)} is held: run it first.");
        var record = await store.FindRecordAsync(run.RunId, settings.Part!, settings.Key!, cancellationToken)
            ?? throw new UsageException($"{settings.Part} has no record with key '{settings.Key}' in {period} batch {run.Batch:D2}.");
        var part = ReportParts.ByCode(record.Part);
        console.MarkupLineInterpolated($"{record.Part} {record.Key} — {period} batch {run.Batch:D2}, rule set {run.RuleSetVersion}");
        var table = new Table().AddColumn("#").AddColumn("field").AddColumn("value");
        for (var i = 0; i < part.Fields.Count; i++)
        {
            table.AddRow((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), part.Fields[i].Name, Markup.Escape(record.Values[i]));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"source: {record.Sources}");
        foreach (var o in (await store.OverridesForAsync(period, cancellationToken)).Where(o => o.Part == record.Part && o.Key == record.Key))
        {
            console.MarkupLineInterpolated($"补录 {o.Id}: {o.Field} = {o.Value}（{o.By} {o.At:yyyy-MM-dd HH:mm}：{o.Reason}）{(o.Active ? "，下次运行时应用" : $" — 已撤销（{o.RemovedBy}）")}");
        }
        return (int)ExitCode.Ok;
    }
}
