using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Scheduler.Tests.Scheduling;

public sealed class SubmissionStatusTests
{
    /// <summary>Thursday 3 December 2026, 10:00 in Shanghai.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public void PeriodWithoutAnyRunPastItsDeadline_IsMissing_AndOnePublishedInTime_IsNeither()
    {
        var published = Run(new ReportingPeriod(2026, 10), RunState.Published, new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

        var statuses = SubmissionStatus.Of(new ReportingPeriod(2026, 9), [published], WorkingDayCalendar.WeekdaysOnly, Now);

        Assert.Multiple(() =>
        {
            Assert.That(statuses.Select(s => s.Period.ToString()), Is.EqualTo(new[] { "202609", "202610", "202611" }));
            Assert.That(statuses[0].Missing, Is.True, "202609 has no run");
            Assert.That(statuses[1].Missing || statuses[1].Late, Is.False, "202610 published on its due day");
            Assert.That(statuses[2].Missing, Is.True, "202611 was due Tuesday 1 December");
        });
    }

    [Test]
    public void PeriodPublishedAfterItsDeadline_OrStillUnpublishedPastIt_IsLate()
    {
        var publishedLate = Run(new ReportingPeriod(2026, 10), RunState.Published, new DateTimeOffset(2026, 11, 3, 1, 0, 0, TimeSpan.Zero));
        var waiting = Run(new ReportingPeriod(2026, 11), RunState.AwaitingApproval, Now);

        var statuses = SubmissionStatus.Of(new ReportingPeriod(2026, 10), [publishedLate, waiting], WorkingDayCalendar.WeekdaysOnly, Now);

        Assert.That(statuses.Select(s => s.Late), Is.EqualTo(new[] { true, true }));
    }

    private static RunRecord Run(ReportingPeriod period, RunState state, DateTimeOffset updated) =>
        new(Guid.NewGuid().ToString("N"), period, 1, state, "zhang.wei", updated, updated, null, null, null, null);
}
