using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Corrections;

/// <summary>
/// Every record that differs between the last published batch and the new one (message-format.md,
/// "Correction file"), sorted by part in spec order, then by the record's key fields compared as the
/// records of the part are (ordinal, I fields as numbers). Both batches are read as streams in that
/// order; only the differences are held.
/// </summary>
public static class CorrectionDiff
{
    public static IReadOnlyList<CorrectionEntry> Compare(ReportRecords previous, ReportRecords current)
    {
        var entries = new List<CorrectionEntry>();
        foreach (var part in ReportParts.All)
        {
            foreach (var (old, now) in RecordJoin.ByKey(previous[part.Code], current[part.Code]))
            {
                if (old is null)
                {
                    entries.Add(new CorrectionEntry(now!, 'A', []));
                }
                else if (now is null)
                {
                    entries.Add(new CorrectionEntry(old, 'D', []));
                }
                else if (part.Fields.Where((f, i) => !part.KeyIndexes.Contains(i) && now.Values[i] != old.Values[i]).Select(f => f.Name).ToList() is { Count: > 0 } changed)
                {
                    entries.Add(new CorrectionEntry(now, 'U', changed));
                }
            }
        }

        return entries;
    }
}
