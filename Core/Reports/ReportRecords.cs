using System.Collections;

namespace RiskReporting.Core.Reports;

/// <summary>
/// Every part's records in report order, however they are held: in memory, in spilled sorted runs, or
/// in the state store. Each part can be read as often as needed, from its first record; code that
/// reads a detail part streams it and keeps only what it needs per customer.
/// </summary>
public sealed class ReportRecords(IReadOnlyDictionary<string, IReadOnlyCollection<ReportRecord>> parts)
    : IEnumerable<KeyValuePair<string, IReadOnlyCollection<ReportRecord>>>
{
    public static ReportRecords Empty { get; } = new(new Dictionary<string, IReadOnlyCollection<ReportRecord>>());

    /// <summary>The records of a part, or none when the part is absent.</summary>
    public IReadOnlyCollection<ReportRecord> this[string part] => parts.TryGetValue(part, out var records) ? records : [];

    public bool Contains(string part) => parts.ContainsKey(part);

    public long Count => parts.Values.Sum(r => (long)r.Count);

    /// <summary>Records held in memory, grouped by part and put in report order (stable for equal keys).</summary>
    public static ReportRecords Of(IEnumerable<ReportRecord> records) =>
        new(records.GroupBy(r => r.Part.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<ReportRecord>)[.. g.Order(RecordKey.Comparer)], StringComparer.Ordinal));

    /// <summary>The same records with one part replaced.</summary>
    public ReportRecords With(string part, IReadOnlyCollection<ReportRecord> records)
    {
        var copy = parts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        copy[part] = records;
        return new ReportRecords(copy);
    }

    public IEnumerator<KeyValuePair<string, IReadOnlyCollection<ReportRecord>>> GetEnumerator() => parts.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
