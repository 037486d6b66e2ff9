using System.Globalization;
using System.Text;
using NLog;
using NLog.LayoutRenderers;
using RiskReporting.Core.Calendar;

namespace RiskReporting.Scheduler.Logging;

/// <summary>
/// <c>${shanghai-time}</c>: the event's instant in Beijing time with its offset (2026-12-01T08:00:00.123+08:00).
/// IT operations read the log against the bank's clock, and the offset keeps each line an exact instant.
/// China keeps no daylight saving, so the fixed offset of <see cref="ReportingDeadline.ShanghaiOffset"/> is exact.
/// </summary>
[LayoutRenderer(Name)]
public sealed class ShanghaiTimeLayoutRenderer : LayoutRenderer
{
    public const string Name = "shanghai-time";

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    protected override void Append(StringBuilder builder, LogEventInfo logEvent)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(logEvent);
        var stamp = logEvent.TimeStamp;
        var instant = stamp.Kind == DateTimeKind.Utc ? new DateTimeOffset(stamp) : new DateTimeOffset(stamp.ToUniversalTime(), TimeSpan.Zero);
        builder.Append(Format(instant));
    }
}
