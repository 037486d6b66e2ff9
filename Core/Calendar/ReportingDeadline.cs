using RiskReporting.Core.Periods;

namespace RiskReporting.Core.Calendar;

/// <summary>
/// When a period is due: by the end of the first working day on or after the 1st of the next month,
/// Asia/Shanghai. The instant is the midnight that ends that day.
/// </summary>
public sealed record ReportingDeadline(ReportingPeriod Period, DateOnly DueDay, DateTimeOffset DueAt)
{
    /// <summary>China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.</summary>
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    public static ReportingDeadline Of(ReportingPeriod period, WorkingDayCalendar calendar)
    {
        var due = calendar.FirstWorkingDayOnOrAfter(period.Next.FirstDay);
        return new ReportingDeadline(period, due, new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), ShanghaiOffset));
    }

    /// <summary>The day in Shanghai at an instant.</summary>
    public static DateOnly ShanghaiDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ShanghaiOffset).DateTime);
}
