using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Corrections;

/// <summary>
/// Every record that differs between the last published batch and the new one (message-format.md,
/// "Correction file"), sorted by part in spec order, then by the record's key fields compared as the
/// records of the part are (ordinal, I fields as numbers).
/// </summary>
public static class CorrectionDiff
{
    public static IReadOnlyList<CorrectionEntry> Compare(IReadOnlyDictionary<string, IReadOnlyList<ReportRecord>> previous, IReadOnlyDictionary<string, IReadOnlyList<ReportRecord>> current)
    {
        var entries = new List<CorrectionEntry>();
        foreach (var part in ReportParts.All)
        {
            var before = ByKey(previous, part.Code);
            var after = ByKey(current, part.Code);
            var partEntries = new List<CorrectionEntry>();
            foreach (var (key, record) in after)
            {
                if (!before.TryGetValue(key, out var old))
                {
                    partEntries.Add(new CorrectionEntry(record, 'A', []));
                    continue;
                }

                var changed = part.Fields.Where((f, i) => !part.KeyIndexes.Contains(i) && record.Values[i] != old.Values[i]).Select(f => f.Name).ToList();
                if (changed.Count > 0)
                {
                    partEntries.Add(new CorrectionEntry(record, 'U', changed));
                }
            }

            partEntries.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new CorrectionEntry(b.Value, 'D', [])));
            entries.AddRange(partEntries.OrderBy(e => e.Record, RecordKey.Comparer));
        }

        return entries;
    }

    private static Dictionary<string, ReportRecord> ByKey(IReadOnlyDictionary<string, IReadOnlyList<ReportRecord>> records, string part) =>
        (records.TryGetValue(part, out var list) ? list : []).GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
