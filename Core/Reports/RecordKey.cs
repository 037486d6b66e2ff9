namespace RiskReporting.Core.Reports;

/// <summary>Record keys: their one-string form and their order (report-tables.md: ordinal, I fields as numbers).</summary>
public static class RecordKey
{
    public static string Join(IEnumerable<string> values) =>
        string.Join('|', values.Select(v => v.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)));

    /// <summary>Compares two records of one part by its key fields.</summary>
    public static int Compare(ReportRecord x, ReportRecord y)
    {
        var part = x.Part;
        foreach (var index in part.KeyIndexes)
        {
            var c = part.Fields[index].Type == FieldType.WholeNumber
                ? CompareNumbers(x.Values[index], y.Values[index])
                : string.CompareOrdinal(x.Values[index], y.Values[index]);
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
        var byLength = x.TrimStart('0').Length.CompareTo(y.TrimStart('0').Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(x.TrimStart('0'), y.TrimStart('0'));
    }
}
