using RiskReporting.Core.Periods;
using RiskReporting.Scheduler.Scheduling;

namespace RiskReporting.Scheduler.Tests.Scheduling;

public sealed class MonthlyReportJobTests
{
    [Test]
    public void DayOneFireAt0600Shanghai_ReportsThePreviousMonth() =>
        Assert.That(MonthlyReportJob.PeriodOf(new DateTimeOffset(2026, 11, 30, 22, 0, 0, TimeSpan.Zero)), Is.EqualTo(new ReportingPeriod(2026, 11)));

    [Test]
    public void FireOnTheLastEveningOfAMonthInUtc_IsAlreadyDayOneInShanghai() =>
        Assert.That(MonthlyReportJob.PeriodOf(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)), Is.EqualTo(new ReportingPeriod(2026, 12)));

    [Test]
    public void PeriodsToRun_GoFromTheFirstPeriodToTheReportedOne_OldestFirst() =>
        Assert.That(MonthlyReportJob.PeriodsToRun(new ReportingPeriod(2026, 9), new ReportingPeriod(2026, 11)).Select(p => p.ToString()),
            Is.EqualTo(new[] { "202609", "202610", "202611" }));

    [Test]
    public void PeriodsToRun_BeforeTheFirstPeriod_IsTheReportedOneOnly() =>
        Assert.That(MonthlyReportJob.PeriodsToRun(new ReportingPeriod(2027, 1), new ReportingPeriod(2026, 11)).Select(p => p.ToString()),
            Is.EqualTo(new[] { "202611" }));
}
