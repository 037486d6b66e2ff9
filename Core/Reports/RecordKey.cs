namespace RiskReporting.Core.Reports;

/// <summary>Record keys: their one-string form and their order (report-tables.md: ordinal, I fields as numbers).</summary>
public static class RecordKey
{
    public static string Join(IEnumerable<string> values) =>
        string.Join('|', values.Select(v => v.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)));

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
