using System.IO.Abstractions;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Testing;

namespace RiskReporting.Core.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Shipped =
        WorkingDayCalendar.Load(new FileSystem(), Path.Combine(TestPaths.RepositoryRoot, "rules", "calendar"));

    [TestCase(2026, 9, "2026-10-08", TestName = "September 2026 is due after the National Day week, on Thursday 8 October")]
    [TestCase(2026, 1, "2026-02-02", TestName = "January 2026 is due Monday 2 February (1 February is a Sunday)")]
    [TestCase(2025, 12, "2026-01-04", TestName = "December 2025 is due Sunday 4 January, a weekend day worked after the New Year holiday")]
    [TestCase(2026, 10, "2026-11-02", TestName = "October 2026 is due Monday 2 November")]
    [TestCase(2027, 4, "2027-05-06", TestName = "April 2027 is due after the Labour Day holiday")]
    public void Period_IsDueOnTheFirstWorkingDayOnOrAfterTheFirstOfTheNextMonth(int year, int month, string due)
    {
        var deadline = ReportingDeadline.Of(new ReportingPeriod(year, month), Shipped);

        Assert.Multiple(() =>
        {
            Assert.That(deadline.DueDay, Is.EqualTo(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(deadline.DueAt, Is.EqualTo(new DateTimeOffset(deadline.DueDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8))));
        });
    }

    [Test]
    public void AdjustedWorkingWeekend_CountsAsAWorkingDay_AndAWeekdayHolidayDoesNot()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Shipped.IsWorkingDay(new DateOnly(2026, 10, 10)), Is.True, "Saturday 10 October 2026 is worked");
            Assert.That(Shipped.IsWorkingDay(new DateOnly(2026, 10, 5)), Is.False, "Monday 5 October 2026 is National Day");
            Assert.That(Shipped.IsWorkingDay(new DateOnly(2026, 11, 7)), Is.False, "an ordinary Saturday");
        });
    }

    [Test]
    public void WorkingDaysBefore_SkipsWeekendsAndHolidays()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Shipped.WorkingDaysBefore(new DateOnly(2026, 11, 20), 2), Is.EqualTo(new DateOnly(2026, 11, 18)));
            Assert.That(Shipped.WorkingDaysBefore(new DateOnly(2026, 10, 9), 2), Is.EqualTo(new DateOnly(2026, 9, 30)), "back over the National Day week");
            Assert.That(Shipped.WorkingDaysBefore(new DateOnly(2026, 11, 16), 1), Is.EqualTo(new DateOnly(2026, 11, 13)), "Monday minus one is Friday");
        });
    }

    [Test]
    public void YearsShipped_Are2025To2027_AndOutsideThemOnlyMondayToFridayCount()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Shipped.Years, Is.EqualTo(new[] { 2025, 2026, 2027 }));
            Assert.That(Shipped.Covers(2028), Is.False);
            Assert.That(Shipped.IsWorkingDay(new DateOnly(2028, 1, 3)), Is.True, "a Monday of an uncovered year");
        });
    }

    [Test]
    public void BadCalendarLine_StopsTheLoadNamingFileAndLine()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("2026.csv"), "date,kind,name\n2026-10-01,holiday,国庆节\n2026-10-03,holiday,国庆节\n");

        var error = Assert.Throws<CalendarFileException>(() => WorkingDayCalendar.Load(new FileSystem(), folder.Path))!;

        Assert.That(error.Message, Is.EqualTo($"{folder.File("2026.csv")} line 3：2026-10-03 是 Saturday：只有工作日 (weekday) 才能列为 holiday"));
    }

    [Test]
    public void MissingCalendarFolder_StopsTheLoadNamingTheFolder()
    {
        using var folder = new TemporaryDirectory();

        var error = Assert.Throws<CalendarFileException>(() => WorkingDayCalendar.Load(new FileSystem(), folder.File("calendar")))!;

        Assert.That(error.Message, Is.EqualTo($"{folder.File("calendar")}：工作日历文件夹 (working-day calendar folder) 不存在 (Engine:Calendar)"));
    }
}
