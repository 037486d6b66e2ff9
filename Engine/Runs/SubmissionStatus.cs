using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// One period against its deadline: its latest batch, when it is due, and whether it is late (迟报: published
/// after the deadline, or still unpublished past it) or missing (漏报: no run at all past the deadline).
/// </summary>
public sealed record SubmissionStatus(ReportingPeriod Period, RunRecord? Latest, ReportingDeadline Deadline, DateTimeOffset Now)
{
    public RunRecord? FirstPublished { get; init; }

    public bool Missing => Latest is null && Now > Deadline.DueAt;

    public bool Late => FirstPublished is { } published ? published.UpdatedAt > Deadline.DueAt : Latest is not null && Now > Deadline.DueAt;

    public TimeSpan TimeLeft => Deadline.DueAt - Now;

    /// <summary>Every period from the first one to the last one due by now (the month before today in Shanghai), oldest first.</summary>
    public static IReadOnlyList<SubmissionStatus> Of(ReportingPeriod first, IReadOnlyList<RunRecord> runs, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var last = ReportingPeriod.ReportedOn(ReportingDeadline.ShanghaiDay(now));
        var statuses = new List<SubmissionStatus>();
        for (var period = first; period <= last; period = period.Next)
        {
            var ofPeriod = runs.Where(r => r.Period == period).ToList();
            statuses.Add(new SubmissionStatus(period, ofPeriod.MaxBy(r => r.Batch), ReportingDeadline.Of(period, calendar), now)
            {
                FirstPublished = ofPeriod.Where(r => r.State == RunState.Published).MinBy(r => r.Batch),
            });
        }

        return statuses;
    }
}
