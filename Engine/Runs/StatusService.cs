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
        var all = await store.ListRunsAsync(null, cancellationToken);
        var runs = period is { } selected ? [.. all.Where(r => r.Period == selected)] : all;
        var calendar = WorkingDayCalendar.Load(fileSystem, paths.CalendarDirectory);
        var now = clock.GetUtcNow();
        var first = ReportingPeriod.TryParse(scheduler.Value.FirstPeriod, out var configured) ? configured : all.Count > 0 ? all.Min(r => r.Period) : (ReportingPeriod?)null;
        var deadlines = first is null ? [] : SubmissionStatus.Of(first.Value, all, calendar, now).Where(s => period is null || s.Period == period).ToList();
        var year = ReportingDeadline.ShanghaiDay(now).Year;
        var missingYears = first is null ? [] : new[] { year, year + 1 }.Where(y => !calendar.Covers(y)).ToList();
        var detail = period is { } one && runs.Count > 0 ? await findings.DetailAsync(one, runs.MaxBy(r => r.Batch)!, cancellationToken) : null;
        return new StatusReport(runs, deadlines, missingYears, paths.CalendarDirectory, detail is null ? null : Scoped(detail, actor));
    }

    /// <summary>The detail a role may see: a branch user its own branch's warnings; ID numbers and names masked but for operators and auditors.</summary>
    private static PeriodFindings Scoped(PeriodFindings detail, Actor actor) =>
        detail with { Warnings = [.. detail.Warnings.Where(w => PersonalData.Visible(actor, w.Finding)).Select(w => w with { Finding = PersonalData.Shown(actor, w.Finding) })] };
}
