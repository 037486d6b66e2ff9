using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Runs;

/// <summary>`status`: the runs held, each period since the first against its deadline (迟报, 漏报), and one period in detail.</summary>
public sealed class StatusService(IStateStore store, FindingService findings, EnginePaths paths, IOptions<SchedulerOptions> scheduler, IFileSystem fileSystem, TimeProvider clock)
{
    public async Task<StatusReport> StatusAsync(ReportingPeriod? period, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireReader(actor);
        return await ReportAsync(period, actor, cancellationToken);
    }

    /// <summary>
    /// The periods `status` flags 漏报 (past their deadline with no run at all), oldest first: what the scheduler
    /// runs at once when it starts. For whoever may start runs: an operator, or the scheduler's own account.
    /// </summary>
    public async Task<IReadOnlyList<ReportingPeriod>> MissingPeriodsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireRunner(actor);
        var report = await ReportAsync(null, actor, cancellationToken);
        return [.. report.Deadlines.Where(d => d.Missing).Select(d => d.Period).Order()];
    }

    /// <summary>Each period since the first (Scheduler:FirstPeriod, else the oldest run) up to the one due now, with its latest run and deadline: what the scheduler's clock checks look at.</summary>
    internal async Task<IReadOnlyList<SubmissionStatus>> DeadlinesAsync(CancellationToken cancellationToken)
    {
        var all = await store.ListRunsAsync(null, cancellationToken);
        var first = ReportingPeriod.TryParse(scheduler.Value.FirstPeriod, out var configured) ? configured : all.Count > 0 ? all.Min(r => r.Period) : (ReportingPeriod?)null;
        return first is null ? [] : SubmissionStatus.Of(first.Value, all, WorkingDayCalendar.Load(fileSystem, paths.CalendarDirectory), clock.GetUtcNow());
    }

    private async Task<StatusReport> ReportAsync(ReportingPeriod? period, Actor actor, CancellationToken cancellationToken)
    {
        var all = await store.ListRunsAsync(null, cancellationToken);
        var runs = period is { } selected ? [.. all.Where(r => r.Period == selected)] : all;
        var calendar = WorkingDayCalendar.Load(fileSystem, paths.CalendarDirectory);
        var now = clock.GetUtcNow();
        var first = ReportingPeriod.TryParse(scheduler.Value.FirstPeriod, out var configured) ? configured : all.Count > 0 ? all.Min(r => r.Period) : (ReportingPeriod?)null;
        var deadlines = first is null ? [] : SubmissionStatus.Of(first.Value, all, calendar, now).Where(s => period is null || s.Period == period).ToList();
        var year = ReportingDeadline.ShanghaiDay(now).Year;
        var missingYears = first is null ? [] : new[] { year, year + 1 }.Where(y => !calendar.Covers(y)).ToList();
        var detail = period is { } one && runs.Count > 0 ? await findings.DetailAsync(one, runs.MaxBy(r => r.Batch)!, cancellationToken) : null;
        return new StatusReport(runs, deadlines, missingYears, paths.CalendarDirectory, detail is null ? null : await ScopedAsync(detail, actor, cancellationToken));
    }

    /// <summary>
    /// The detail a role may see: a branch user its own branch's ERROR count and warnings and no overrides (credit
    /// management's adjustments); ID numbers and names masked but for operators and auditors.
    /// </summary>
    private async Task<PeriodFindings> ScopedAsync(PeriodFindings detail, Actor actor, CancellationToken cancellationToken)
    {
        var warnings = detail.Warnings.Where(w => PersonalData.Visible(actor, w.Finding)).Select(w => w with { Finding = PersonalData.Shown(actor, w.Finding) }).ToList();
        if (actor.BranchCode is { } branch)
        {
            var errors = await store.CountFindingsAsync(new FindingQuery(detail.Run.RunId, Severity: "ERROR", Branch: branch), cancellationToken);
            return detail with { Errors = errors.Total, Warnings = warnings, Overrides = [] };
        }

        return detail with { Warnings = warnings, Overrides = [.. detail.Overrides.Select(o => PersonalData.Shown(actor, o))] };
    }

    /// <summary>`logs --run RUNID`: the run.log of one run, found through the state store (its period and batch name the folder).</summary>
    public async Task<RunLogText> RunLogAsync(string runId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);

        // Any unique prefix of the id will do, as `status` shows the first 12 characters.
        var matches = (await store.ListRunsAsync(null, cancellationToken)).Where(r => r.RunId.StartsWith(runId, StringComparison.OrdinalIgnoreCase)).ToList();
        var run = matches.Count switch
        {
            0 => throw new RefusalException(RefusalCode.NotFound, $"没有运行 {runId} (no such run)：`riskreport status` 列出所有运行。"),
            1 => matches[0],
            _ => throw new RefusalException(RefusalCode.InvalidInput, $"运行 {runId} 不唯一 (ambiguous run id)：有 {matches.Count} 个运行以此开头，请多给几个字符。"),
        };
        var path = fileSystem.Path.Combine(paths.RunDirectory(run.Period, run.Batch), "run.log");
        if (!fileSystem.File.Exists(path))
        {
            throw new RefusalException(RefusalCode.NotFound, $"运行 {runId} 的日志不存在 (run.log missing)：{path}");
        }

        var text = fileSystem.File.ReadAllText(path);
        return new RunLogText(run, path, text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
