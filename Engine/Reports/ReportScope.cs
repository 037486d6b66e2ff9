using System.Globalization;
using System.Text.RegularExpressions;
using RiskReporting.Core.Periods;

namespace RiskReporting.Engine.Reports;

/// <summary>The period an analysis report covers (第17、19条): a quarter (2026Q3) or a year (2026).</summary>
public sealed partial record ReportScope(int Year, int? Quarter)
{
    public IReadOnlyList<ReportingPeriod> Months => Quarter is { } q
        ? [.. Enumerable.Range(q * 3 - 2, 3).Select(m => new ReportingPeriod(Year, m))]
        : [.. Enumerable.Range(1, 12).Select(m => new ReportingPeriod(Year, m))];

    /// <summary>2026Q3 or 2026, as the files are named.</summary>
    public string Label => Quarter is { } q ? FormattableString.Invariant($"{Year}Q{q}") : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>2026年第3季度 or 2026年度, as the report's title says.</summary>
    public string Title => Quarter is { } q ? FormattableString.Invariant($"{Year}年第{q}季度") : FormattableString.Invariant($"{Year}年度");

    public static ReportScope ParseQuarter(string text) =>
        QuarterPattern().Match(text ?? string.Empty) is { Success: true } m
            ? new ReportScope(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : throw new RefusalException(RefusalCode.InvalidInput, $"季度应写作 YYYYQn，例如 2026Q3，而不是 '{text}'。");

    public static ReportScope OfYear(int year) =>
        year is >= 2000 and <= 9999 ? new ReportScope(year, null) : throw new RefusalException(RefusalCode.InvalidInput, $"年份应写作 YYYY，例如 2026，而不是 '{year}'。");

    [GeneratedRegex("^([0-9]{4})Q([1-4])$")]
    private static partial Regex QuarterPattern();
}
