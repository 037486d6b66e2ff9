using System.Globalization;

namespace RiskReporting.Portal;

/// <summary>Every time the portal shows is Beijing time (Asia/Shanghai), whatever the server's zone.</summary>
public static class ShanghaiTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>yyyy-MM-dd HH:mm in Beijing time.</summary>
    public static string Format(DateTimeOffset instant) => Of(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
