using System.ComponentModel;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("按报告期列出运行 (runs) 及其状态和批次；自 Scheduler:FirstPeriod 起的每个报告期对照其报送期限（迟报 late、漏报 missing）；指定一个报告期时显示其校验结果、哪些提示已说明（由谁说明）以及生效的补录 (overrides)。")]
public sealed class StatusCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<StatusSettings>
{
    private const int Listed = 20;

    public override async Task<int> ExecuteAsync(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        ReportingPeriod? period = settings.Period is null ? null : ReportingPeriod.TryParse(settings.Period, out var p) ? p : throw new UsageException("--period 须为 YYYYMM。");
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var report = await engine.Get<StatusService>().StatusAsync(period, actor, engine.Stopping);
        var table = new Table().AddColumn("期间 period").AddColumn("运行 run").AddColumn("批次 batch").AddColumn("状态 state").AddColumn("发起人 started by").AddColumn("更新 updated (Asia/Shanghai)").AddColumn("报文包 package");
        foreach (var run in report.Runs)
        {
            // The run's id, shortened: `logs --run` takes any unique prefix.
            table.AddRow(run.Period.ToString(), run.RunId[..Math.Min(run.RunId.Length, 12)], run.Batch.ToString("D2", CultureInfo.InvariantCulture), RunStateNames.Of(run.State), Markup.Escape(run.StartedBy),
                run.UpdatedAt.ToOffset(Core.Calendar.ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), run.PackageName ?? Markup.Escape(run.Failure ?? string.Empty));
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

        var table = new Table().AddColumn("期间 period").AddColumn("批次 batch").AddColumn("状态 state").AddColumn("截止 due (Asia/Shanghai)").AddColumn("剩余 time left").AddColumn("");
        foreach (var status in report.Deadlines)
        {
            var left = status.FirstPublished is not null ? "已报送 (submitted)" : status.TimeLeft > TimeSpan.Zero ? $"{(int)status.TimeLeft.TotalHours}小时 {status.TimeLeft.Minutes:D2}分" : "已过期 (overdue)";
            var flag = status.Missing ? "漏报 (MISSING)" : status.Late ? "迟报 (LATE)" : string.Empty;
            table.AddRow(status.Period.ToString(), status.Latest?.Batch.ToString("D2", CultureInfo.InvariantCulture) ?? "-", status.Latest is { } latest ? RunStateNames.Of(latest.State) : "未运行 (no run)",
                $"{status.Deadline.DueDay:yyyy-MM-dd} 24:00", left, flag);
        }

        console.Write(table);
        foreach (var missing in report.CalendarYearsMissing)
        {
            console.MarkupLineInterpolated($"[yellow]警告 (warning)：工作日历 {report.CalendarDirectory} 中没有 {missing}.csv；补齐之前按周一至周五计算（见 docs/runbook.md）。[/]");
        }
    }

    private void ShowPeriod(ReportingPeriod period, PeriodFindings detail)
    {
        var (open, explained) = (detail.Open, detail.Explained);
        console.MarkupLineInterpolated($"批次 {detail.Run.Batch:D2}：确定性/一致性错误 {detail.Errors} 条，提示性校验 {detail.Warnings.Count} 条（已说明 {explained.Count}，待说明 {open.Count}）");
        foreach (var (finding, _, _) in open.Take(Listed))
        {
            console.MarkupLineInterpolated($"  待说明 {finding.Rule} {finding.Part} {finding.Key} {finding.Field}");
        }

        foreach (var (finding, _, by) in explained.Take(Listed))
        {
            console.MarkupLineInterpolated($"  已说明 {finding.Rule} {finding.Key}：{by!.Text}（{by.By} {by.At.ToOffset(Core.Calendar.ReportingDeadline.ShanghaiOffset):yyyy-MM-dd HH:mm} 北京时间{(by.Period != period ? $"，沿用 {by.Period}" : string.Empty)}）");
        }

        foreach (var o in detail.Overrides)
        {
            console.MarkupLineInterpolated($"  补录 {o.Id} {o.Part} {o.Key} {o.Field} = {o.Value}（{o.By}：{o.Reason}）{(o.Active ? string.Empty : $" — 已撤销（{o.RemovedBy}）")}");
        }
    }
}
