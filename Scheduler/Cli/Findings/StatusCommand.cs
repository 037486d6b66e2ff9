using System.ComponentModel;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("Runs per period with state and batch; for one period its findings, which warnings are explained (by whom) and the overrides in force.")]
public sealed class StatusCommand(EngineSettingsLoader loader, StateStoreOpener opener, IAnsiConsole console) : AsyncCommand<StatusSettings>
{
    private const int Listed = 20;

    public override async Task<int> ExecuteAsync(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        var store = await opener.OpenAsync(loader.Load(settings), cancellationToken);
        ReportingPeriod? period = settings.Period is null ? null : ReportingPeriod.TryParse(settings.Period, out var p) ? p : throw new UsageException("--period must be YYYYMM.");
        var runs = await store.ListRunsAsync(period, cancellationToken);
        var table = new Table().AddColumn("period").AddColumn("batch").AddColumn("state").AddColumn("started by").AddColumn("updated (UTC)").AddColumn("package");
        foreach (var run in runs)
        {
            table.AddRow(run.Period.ToString(), run.Batch.ToString("D2", CultureInfo.InvariantCulture), run.State.ToString(), Markup.Escape(run.StartedBy),
                run.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), run.PackageName ?? Markup.Escape(run.Failure ?? string.Empty));
        }

        console.Write(table);
        if (period is { } one && runs.Count > 0)
        {
            await ShowPeriodAsync(store, one, runs.MaxBy(r => r.Batch)!, cancellationToken);
        }

        return (int)ExitCode.Ok;
    }

    private async Task ShowPeriodAsync(IStateStore store, ReportingPeriod period, Core.Runs.RunRecord run, CancellationToken cancellationToken)
    {
        var findings = await store.LoadFindingsAsync(run.RunId, cancellationToken);
        var warnings = await WarningStatus.OfAsync(store, run, findings, cancellationToken);
        var open = warnings.Where(w => w.ExplainedBy is null).ToList();
        console.MarkupLineInterpolated($"批次 {run.Batch:D2}: 确定性/一致性错误 {findings.Count(f => f.Severity == "ERROR")} 条，提示性校验 {warnings.Count} 条（已说明 {warnings.Count - open.Count}，待说明 {open.Count}）");
        foreach (var (finding, _, _) in open.Take(Listed))
        {
            console.MarkupLineInterpolated($"  待说明 {finding.Rule} {finding.Part} {finding.Key} {finding.Field}");
        }

        foreach (var (finding, _, by) in warnings.Where(w => w.ExplainedBy is not null).Take(Listed))
        {
            console.MarkupLineInterpolated($"  已说明 {finding.Rule} {finding.Key}: {by!.Text}（{by.By} {by.At:yyyy-MM-dd HH:mm}{(by.Period != period ? $"，沿用 {by.Period}" : string.Empty)}）");
        }

        foreach (var o in await store.OverridesForAsync(period, cancellationToken))
        {
            console.MarkupLineInterpolated($"  补录 {o.Id} {o.Part} {o.Key} {o.Field} = {o.Value}（{o.By}：{o.Reason}）{(o.Active ? string.Empty : $" — 已撤销（{o.RemovedBy}）")}");
        }
    }
}
