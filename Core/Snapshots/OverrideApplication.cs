using RiskReporting.Core.Reports;
using RiskReporting.Core.State;

namespace RiskReporting.Core.Snapshots;

/// <summary>
/// Applies a period's active overrides on top of the extracted records, so that the adjusted value is
/// validated and reported like any other. The stored snapshot stays as extracted; a correction or a
/// verification applies the same overrides again. An override whose record is no longer extracted is
/// reported back, not silently dropped.
/// </summary>
public static class OverrideApplication
{
    public static (PeriodSnapshot Reported, IReadOnlyList<Override> Applied, IReadOnlyList<Override> Unmatched) Apply(PeriodSnapshot snapshot, IEnumerable<Override> overrides)
    {
        var (records, applied, unmatched) = Apply(snapshot.Records, overrides);
        return (snapshot with { Records = records }, applied, unmatched);
    }

    public static (IReadOnlyDictionary<string, IReadOnlyList<ReportRecord>> Records, IReadOnlyList<Override> Applied, IReadOnlyList<Override> Unmatched) Apply(
        IReadOnlyDictionary<string, IReadOnlyList<ReportRecord>> extracted, IEnumerable<Override> overrides)
    {
        // Each part an override touches is copied once; the extracted lists stay as they were.
        var copies = new Dictionary<string, ReportRecord[]>(StringComparer.Ordinal);
        var applied = new List<Override>();
        var unmatched = new List<Override>();
        foreach (var adjustment in overrides.Where(o => o.Active))
        {
            var index = extracted.TryGetValue(adjustment.Part, out var list) ? IndexOf(list, adjustment.Key) : -1;
            if (index < 0)
            {
                unmatched.Add(adjustment);
                continue;
            }

            if (!copies.TryGetValue(adjustment.Part, out var copy))
            {
                copies[adjustment.Part] = copy = [.. list!];
            }

            var record = copy[index];
            var values = (string[])record.Values.Clone();
            values[record.Part.IndexOf(adjustment.Field)] = adjustment.Value;
            copy[index] = new ReportRecord(record.Part, values);
            applied.Add(adjustment);
        }

        var records = extracted.ToDictionary(p => p.Key, p => copies.TryGetValue(p.Key, out var copy) ? copy : p.Value, StringComparer.Ordinal);
        return (records, applied, unmatched);
    }

    private static int IndexOf(IReadOnlyList<ReportRecord> records, string key)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
