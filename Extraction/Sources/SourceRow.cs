using System.Globalization;
using RiskReporting.Core.Amounts;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// Typed access to the current row of a rule query by canonical column name. Numbers are read as
/// decimals rounded to their column's scale (SQLite keeps a NUMERIC with a fraction as a double);
/// dates are read from DATE values or 'YYYY-MM-DD' text; a value of the wrong form names the rule
/// file, the row's key (<see cref="Rules.QueryContract.KeyColumns"/>) and the column.
/// Each row's values are read from the reader once, ahead of the caller (<see cref="SourceSession"/>), then served to the
/// accessors from <see cref="Point"/>ed values (issue #16).
/// </summary>
public sealed class SourceRow(string file, IReadOnlyDictionary<string, int> ordinals, IReadOnlyList<string> keyColumns)
{
    private object[] _values = [];

    public long Number { get; internal set; }

    /// <summary>Makes the row the one whose values these are (<see cref="DBNull"/> for NULL); they stay valid until the next row.</summary>
    internal void Point(object[] values, long number) => (_values, Number) = (values, number);

    private bool IsNull(int i) => _values[i] is DBNull;

    public string? Text(string column)
    {
        var i = ordinals[column];
        return IsNull(i) ? null : Convert.ToString(_values[i], CultureInfo.InvariantCulture);
    }

    /// <summary>A column beyond the contract that a rule may return (branches' branch_name): null when the query does not return it.</summary>
    public string? OptionalText(string column) => ordinals.ContainsKey(column) ? Text(column) : null;

    public string RequiredText(string column) => Text(column) ?? throw Bad(column, "值为 NULL");

    public decimal Amount(string column, int scale = 2) => OptionalAmount(column, scale) ?? throw Bad(column, "值为 NULL");

    public decimal? OptionalAmount(string column, int scale = 2)
    {
        var i = ordinals[column];
        if (IsNull(i))
        {
            return null;
        }

        try
        {
            var value = _values[i] switch
            {
                double d => (decimal)d,
                float f => (decimal)f,
                string s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture),
                byte[] => throw new FormatException("二进制值 (binary value)"),
                var other => Convert.ToDecimal(other, CultureInfo.InvariantCulture),
            };
            return Money.RoundHalfUp(value, scale);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw Bad(column, $"'{Shown(i)}' 不是数字 (not a number)");
        }
    }

    public int WholeNumber(string column) => decimal.ToInt32(Amount(column, 0));

    public DateOnly Date(string column) => OptionalDate(column) ?? throw Bad(column, "值为 NULL");

    public DateOnly? OptionalDate(string column)
    {
        var i = ordinals[column];
        if (IsNull(i))
        {
            return null;
        }

        return _values[i] switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            string s when IsoDate(s) is { } d => d,
            _ => throw Bad(column, $"'{Shown(i)}' 不是日期 (not a date)"),
        };
    }

    /// <summary>
    /// The date a text starts with in the form YYYY-MM-DD (a DATETIME's time after it is ignored), or null: what
    /// <c>DateOnly.TryParseExact(s[..10], "yyyy-MM-dd")</c> accepts, read without the general parser, which took a fifth of the
    /// run thread's extraction (issue #16).
    /// </summary>
    internal static DateOnly? IsoDate(string s)
    {
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = (uint)(s[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    /// <summary>The error for a value that cannot be read: rule file, row number and key, column.</summary>
    private ExtractionException Bad(string column, string what) =>
        new($"{file}：row {Number} ({Key()}), column {column}：{what}。");

    private string Key() => string.Join(", ", keyColumns.Where(ordinals.ContainsKey).Select(c => $"{c}={Shown(ordinals[c])}"));

    private string Shown(int ordinal)
    {
        if (IsNull(ordinal))
        {
            return "NULL";
        }

        var text = _values[ordinal] switch
        {
            byte[] bytes => "0x" + Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 16))),
            var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
