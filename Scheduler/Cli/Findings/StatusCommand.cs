using System.ComponentModel;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("Runs per period with state and batch; each period since Scheduler:FirstPeriod against its deadline (迟报, 漏报); for one period its findings, which warnings are explained (by whom) and the overrides in force.")]
public sealed class StatusCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<StatusSettings>
{
    private const int Listed = 20;

    public override async Task<int> ExecuteAsync(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        ReportingPeriod? period = settings.Period is null ? null : ReportingPeriod.TryParse(settings.Period, out var p) ? p : throw new UsageException("--period must be YYYYMM.");
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var report = await engine.Get<StatusService>().StatusAsync(period, actor, engine.Stopping);
        var table = new Table().AddColumn("period").AddColumn("run").AddColumn("batch").AddColumn("state").AddColumn("started by").AddColumn("updated (UTC)").AddColumn("package");
        foreach (var run in report.Runs)
        {
            // The run's id, shortened: `logs --run` takes any unique prefix.
            table.AddRow(run.Period.ToString(), run.RunId[..Math.Min(run.RunId.Length, 12)], run.Batch.ToString("D2", CultureInfo.InvariantCulture), run.State.ToString(), Markup.Escape(run.StartedBy),
                run.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), run.PackageName ?? Markup.Escape(run.Failure ?? string.Empty));
        }

        console.Write(table);
        ShowDeadlines(report);
        if (report.Detail is { } detail)
        {
            ShowPeriod(period!.Value, detail);
        }

        return (int)ExitCode.Ok;
    }

    /// <summary>Each period since the first one against its deadline (end of the first working day of the next month, Shanghai).</summary>
    private void ShowDeadlines(StatusReport report)
    {
        if (report.Deadlines.Count == 0 && report.CalendarYearsMissing.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumn("period").AddColumn("batch").AddColumn("state").AddColumn("due (Shanghai)").AddColumn("time left").AddColumn("");
        foreach (var status in report.Deadlines)
        {
            var left = status.FirstPublished is not null ? "submitted" : status.TimeLeft > TimeSpan.Zero ? $"{(int)status.TimeLeft.TotalHours}h {status.TimeLeft.Minutes:D2}m" : "overdue";
            var flag = status.Missing ? "漏报 MISSING" : status.Late ? "迟报 LATE" : string.Empty;
            table.AddRow(status.Period.ToString(), status.Latest?.Batch.ToString("D2", CultureInfo.InvariantCulture) ?? "-", status.Latest?.State.ToString() ?? "no run",
                $"{status.Deadline.DueDay:yyyy-MM-dd} 24:00", left, flag);
        }

        console.Write(table);
        foreach (var missing in report.CalendarYearsMissing)
        {
            console.MarkupLineInterpolated($"[yellow]Warning: the working-day calendar has no {missing}.csv in {report.CalendarDirectory}; Monday–Friday count until it is added (see docs/runbook.md).[/]");
        }
    }

    private void ShowPeriod(ReportingPeriod period, PeriodFindings detail)
    {
        var (open, explained) = (detail.Open, detail.Explained);
        console.MarkupLineInterpolated($"批次 {detail.Run.Batch:D2}: 确定性/一致性错误 {detail.Errors} 条，提示性校验 {detail.Warnings.Count} 条（已说明 {explained.Count}，待说明 {open.Count}）");
        foreach (var (finding, _, _) in open.Take(Listed))
        {
            console.MarkupLineInterpolated($"  待说明 {finding.Rule} {finding.Part} {finding.Key} {finding.Field}");
        }

        foreach (var (finding, _, by) in explained.Take(Listed))
        {
            console.MarkupLineInterpolated($"  已说明 {finding.Rule} {finding.Key}: {by!.Text}（{by.By} {by.At:yyyy-MM-dd HH:mm}{(by.Period != period ? $"，沿用 {by.Period}" : string.Empty)}）");
        }

        foreach (var o in detail.Overrides)
        {
            console.MarkupLineInterpolated($"  补录 {o.Id} {o.Part} {o.Key} {o.Field} = {o.Value}（{o.By}：{o.Reason}）{(o.Active ? string.Empty : $" — 已撤销（{o.RemovedBy}）")}");
        }
    }
}
