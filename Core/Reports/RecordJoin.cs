using RiskReporting.Core.Spill;

namespace RiskReporting.Core.Reports;

/// <summary>
/// Two versions of one part, each in report order, joined by record key as two streams, so that a diff
/// holds only records of equal sort position, never a whole part. A key that occurs twice on one side
/// is joined by its first record (WYX-004 reports the duplicate).
/// </summary>
public static class RecordJoin
{
    /// <summary>Pairs in report order; within records of equal sort position, those of <paramref name="after"/> first (in its order), then those only before.</summary>
    public static IEnumerable<(ReportRecord? Before, ReportRecord? After)> ByKey(IEnumerable<ReportRecord> before, IEnumerable<ReportRecord> after)
    {
        using var old = new Groups(before);
        using var now = new Groups(after);
        while (old.Current.Count > 0 || now.Current.Count > 0)
        {
            var c = old.Current.Count == 0 ? 1 : now.Current.Count == 0 ? -1 : RecordKey.Compare(old.Current[0], now.Current[0]);
            var was = c <= 0 ? FirstPerKey(old.Current) : [];
            var @is = c >= 0 ? FirstPerKey(now.Current) : [];
            var previous = was.ToDictionary(r => r.Key, StringComparer.Ordinal);
            foreach (var record in @is)
            {
                yield return (previous.GetValueOrDefault(record.Key), record);
            }

            var current = @is.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var record in was.Where(r => !current.Contains(r.Key)))
            {
                yield return (record, null);
            }

            if (c <= 0)
            {
                old.Next();
            }

            if (c >= 0)
            {
                now.Next();
            }
        }
    }

    private static List<ReportRecord> FirstPerKey(List<ReportRecord> group) =>
        [.. group.GroupBy(r => r.Key, StringComparer.Ordinal).Select(g => g.First())];

    /// <summary>Consecutive records that sort equal (usually one; more for a duplicated key or I fields written with leading zeros).</summary>
    private sealed class Groups : IDisposable
    {
        private readonly IEnumerator<List<ReportRecord>> _groups;

        public Groups(IEnumerable<ReportRecord> records)
        {
            _groups = records.Consecutive((x, y) => RecordKey.Compare(x, y) == 0).GetEnumerator();
            Next();
        }

        public List<ReportRecord> Current { get; private set; } = [];

        public void Next() => Current = _groups.MoveNext() ? _groups.Current : [];

        public void Dispose() => _groups.Dispose();
    }
}
