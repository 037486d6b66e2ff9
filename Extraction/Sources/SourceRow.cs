using System.Data.Common;
using System.Globalization;
using RiskReporting.Core.Amounts;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// Typed access to the current row of a rule query by canonical column name. Numbers are read as
/// decimals rounded to their column's scale (SQLite keeps a NUMERIC with a fraction as a double);
/// dates are read from DATE values or 'YYYY-MM-DD' text; a value of the wrong form names the rule
/// file, the row's first key and the column.
/// </summary>
public sealed class SourceRow(DbDataReader reader, string file, IReadOnlyDictionary<string, int> ordinals)
{
    public long Number { get; internal set; }

    public string? Text(string column)
    {
        var i = ordinals[column];
        return reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
    }

    public string RequiredText(string column) => Text(column) ?? throw Bad(column, "is NULL");

    public decimal Amount(string column, int scale = 2) => OptionalAmount(column, scale) ?? throw Bad(column, "is NULL");

    public decimal? OptionalAmount(string column, int scale = 2)
    {
        var i = ordinals[column];
        if (reader.IsDBNull(i))
        {
            return null;
        }

        try
        {
            var value = reader.GetValue(i) switch
            {
                double d => (decimal)d,
                float f => (decimal)f,
                string s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture),
                var other => Convert.ToDecimal(other, CultureInfo.InvariantCulture),
            };
            return Money.RoundHalfUp(value, scale);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw Bad(column, $"is not a number ({e.Message})");
        }
    }

    public int WholeNumber(string column) => decimal.ToInt32(Amount(column, 0));

    public DateOnly Date(string column) => OptionalDate(column) ?? throw Bad(column, "is NULL");

    public DateOnly? OptionalDate(string column)
    {
        var i = ordinals[column];
        if (reader.IsDBNull(i))
        {
            return null;
        }

        return reader.GetValue(i) switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            string s when DateOnly.TryParseExact(s.Length >= 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            var other => throw Bad(column, $"'{other}' is not a date"),
        };
    }

    private ExtractionException Bad(string column, string what) =>
        new($"{file}: row {Number}, column {column} {what}.");
}
