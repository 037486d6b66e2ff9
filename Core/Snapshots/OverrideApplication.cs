using System.Collections;
using RiskReporting.Core.Reports;
using RiskReporting.Core.State;

namespace RiskReporting.Core.Snapshots;

/// <summary>
/// Applies a period's active overrides on top of the extracted records, so that the adjusted value is
/// validated and reported like any other. The stored snapshot stays as extracted; a correction or a
/// verification applies the same overrides again. An override whose record is no longer extracted is
/// reported back, not silently dropped. Overrides never touch key fields, so the order stays the report order.
/// </summary>
public static class OverrideApplication
{
    public static (PeriodSnapshot Reported, IReadOnlyList<Override> Applied, IReadOnlyList<Override> Unmatched) Apply(PeriodSnapshot snapshot, IEnumerable<Override> overrides)
    {
        var (records, applied, unmatched) = Apply(snapshot.Records, overrides);
        return (snapshot with { Records = records }, applied, unmatched);
    }

    /// <summary>Only the parts an override touches are read here (once, to see which keys exist); they are adjusted again each time they are read.</summary>
    public static (ReportRecords Records, IReadOnlyList<Override> Applied, IReadOnlyList<Override> Unmatched) Apply(ReportRecords extracted, IEnumerable<Override> overrides)
    {
        var result = extracted;
        var found = new HashSet<(string Part, string Key)>();
        foreach (var part in overrides.Where(o => o.Active).GroupBy(o => o.Part, StringComparer.Ordinal))
        {
            var byKey = part.GroupBy(o => o.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var keys = extracted[part.Key].Select(r => r.Key).Where(byKey.ContainsKey).ToHashSet(StringComparer.Ordinal);
            found.UnionWith(keys.Select(k => (part.Key, k)));
            if (keys.Count > 0)
            {
                result = result.With(part.Key, new Adjusted(extracted[part.Key], byKey));
            }
        }

        var active = overrides.Where(o => o.Active).ToList();
        return (result, [.. active.Where(o => found.Contains((o.Part, o.Key)))], [.. active.Where(o => !found.Contains((o.Part, o.Key)))]);
    }

    /// <summary>A part read through its overrides: an overridden record is a copy with the new values, in the order the overrides were given.</summary>
    private sealed class Adjusted(IReadOnlyCollection<ReportRecord> records, Dictionary<string, List<Override>> byKey) : IReadOnlyCollection<ReportRecord>
    {
        public int Count => records.Count;

        public IEnumerator<ReportRecord> GetEnumerator()
        {
            foreach (var record in records)
            {
                if (!byKey.TryGetValue(record.Key, out var adjustments))
                {
                    yield return record;
                    continue;
                }

                var values = (string[])record.Values.Clone();
                foreach (var adjustment in adjustments)
                {
                    values[record.Part.IndexOf(adjustment.Field)] = adjustment.Value;
                }

                yield return new ReportRecord(record.Part, values) { Source = record.Source };
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
