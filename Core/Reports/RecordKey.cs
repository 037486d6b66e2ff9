namespace RiskReporting.Core.Reports;

/// <summary>Record keys: their one-string form and their order (report-tables.md: ordinal, I fields as numbers).</summary>
public static class RecordKey
{
    public static string Join(IEnumerable<string> values) => string.Join('|', values.Select(Escape));

    /// <summary>
    /// A record's key in its one-string form, as <see cref="Join"/> gives it, made without a sequence of its values: every detail
    /// record's key is taken in validation (issue #16). A key of one field that needs no escape is the field's own string.
    /// </summary>
    internal static string Of(ReportRecord record)
    {
        var keys = record.Part.Keys;
        if (keys.Length == 1)
        {
            return Escape(record.Values[keys[0].Index]);
        }

        var values = new string[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            values[k] = Escape(record.Values[keys[k].Index]);
        }

        return string.Join('|', values);
    }

    /// <summary>One key value with '%' and '|' escaped; the value itself when it holds neither.</summary>
    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny('%', '|') < 0 ? value : value.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal);

    /// <summary>Compares two records of one part by its key fields.</summary>
    public static int Compare(ReportRecord x, ReportRecord y)
    {
        var (a, b) = (x.Values, y.Values);
        foreach (var (index, numeric) in x.Part.Keys)
        {
            var c = numeric ? CompareNumbers(a[index], b[index]) : string.CompareOrdinal(a[index], b[index]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    public static IComparer<ReportRecord> Comparer { get; } = Comparer<ReportRecord>.Create(Compare);

    private static int CompareNumbers(string x, string y)
    {
        var a = x.AsSpan().TrimStart('0');
        var b = y.AsSpan().TrimStart('0');
        var byLength = a.Length.CompareTo(b.Length);
        return byLength != 0 ? byLength : a.SequenceCompareTo(b);
    }
}
