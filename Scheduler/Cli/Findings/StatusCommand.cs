using System.ComponentModel;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("Runs per period with state and batch; for one period its findings, which warnings are explained (by whom) and the overrides in force.")]
public sealed class StatusCommand(EngineSettingsLoader loader, StateStoreOpener opener, IAnsiConsole console, TimeProvider clock, System.IO.Abstractions.IFileSystem fileSystem) : AsyncCommand<StatusSettings>
{
    private const int Listed = 20;

    public override async Task<int> ExecuteAsync(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        var engine = loader.Load(settings);
        var store = await opener.OpenAsync(engine, cancellationToken);
        ReportingPeriod? period = settings.Period is null ? null : ReportingPeriod.TryParse(settings.Period, out var p) ? p : throw new UsageException("--period must be YYYYMM.");
        var all = await store.ListRunsAsync(null, cancellationToken);
        var runs = period is { } selected ? [.. all.Where(r => r.Period == selected)] : all;
        var table = new Table().AddColumn("period").AddColumn("batch").AddColumn("state").AddColumn("started by").AddColumn("updated (UTC)").AddColumn("package");
        foreach (var run in runs)
        {
            table.AddRow(run.Period.ToString(), run.Batch.ToString("D2", CultureInfo.InvariantCulture), run.State.ToString(), Markup.Escape(run.StartedBy),
                run.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), run.PackageName ?? Markup.Escape(run.Failure ?? string.Empty));
        }

        console.Write(table);
        ShowDeadlines(engine, period, all);
        if (period is { } one && runs.Count > 0)
        {
            await ShowPeriodAsync(store, one, runs.MaxBy(r => r.Batch)!, cancellationToken);
        }

        return (int)ExitCode.Ok;
    }

    /// <summary>Each period since the first one against its deadline (end of the first working day of the next month, Shanghai).</summary>
    private void ShowDeadlines(EngineSettings engine, ReportingPeriod? only, IReadOnlyList<Core.Runs.RunRecord> runs)
    {
        var calendar = Core.Calendar.WorkingDayCalendar.Load(fileSystem, engine.CalendarDirectory);
        var now = clock.GetUtcNow();
        var first = ReportingPeriod.TryParse(engine.Scheduler.FirstPeriod, out var configured) ? configured : runs.Count > 0 ? runs.Min(r => r.Period) : (ReportingPeriod?)null;
        if (first is null)
        {
            return;
        }

        var table = new Table().AddColumn("period").AddColumn("batch").AddColumn("state").AddColumn("due (Shanghai)").AddColumn("time left").AddColumn("");
        foreach (var status in RiskReporting.Scheduler.Runs.SubmissionStatus.Of(first.Value, runs, calendar, now).Where(s => only is null || s.Period == only))
        {
            var left = status.FirstPublished is not null ? "submitted" : status.TimeLeft > TimeSpan.Zero ? $"{(int)status.TimeLeft.TotalHours}h {status.TimeLeft.Minutes:D2}m" : "overdue";
            var flag = status.Missing ? "漏报 MISSING" : status.Late ? "迟报 LATE" : string.Empty;
            table.AddRow(status.Period.ToString(), status.Latest?.Batch.ToString("D2", CultureInfo.InvariantCulture) ?? "-", status.Latest?.State.ToString() ?? "no run",
                $"{status.Deadline.DueDay:yyyy-MM-dd} 24:00", left, flag);
        }

        console.Write(table);
        var year = Core.Calendar.ReportingDeadline.ShanghaiDay(now).Year;
        foreach (var missing in new[] { year, year + 1 }.Where(y => !calendar.Covers(y)))
        {
            console.MarkupLineInterpolated($"[yellow]Warning: the working-day calendar has no {missing}.csv in {engine.CalendarDirectory}; Monday–Friday count until it is added (see docs/runbook.md).[/]");
        }
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
