using System.Globalization;

namespace RiskReporting.Core.Periods;

/// <summary>
/// A reporting period P: one calendar month, written YYYYMM. Its data date D is the month's last day
/// (spec README, "Conventions"). A run on day 1 of month M reports M−1.
/// </summary>
public readonly record struct ReportingPeriod : IComparable<ReportingPeriod>
{
    public ReportingPeriod(int year, int month)
    {
        if (year is < 1900 or > 9999 || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), $"{year:D4}{month:D2} 不是报送期次 (reporting period) YYYYMM。");
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The data date D: the last calendar day of the month.</summary>
    public DateOnly DataDate => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>D as written in messages and file names (YYYYMMDD).</summary>
    public string DataDateText => DataDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public DateOnly FirstDay => new(Year, Month, 1);

    public ReportingPeriod Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public ReportingPeriod Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary>The period that a run started on <paramref name="day"/> reports: the month before.</summary>
    public static ReportingPeriod ReportedOn(DateOnly day) => new ReportingPeriod(day.Year, day.Month).Previous;

    public static ReportingPeriod Parse(string text)
    {
        if (TryParse(text, out var period))
        {
            return period;
        }

        throw new FormatException($"'{text}' 不是报送期次 (reporting period)：应为 YYYYMM，例如 202610。");
    }

    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (text is null || text.Length != 6 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (year < 1900 || month is < 1 or > 12)
        {
            return false;
        }

        period = new ReportingPeriod(year, month);
        return true;
    }

    public int CompareTo(ReportingPeriod other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}{Month:D2}";
}
