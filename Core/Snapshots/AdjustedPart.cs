using System.Collections;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;

namespace RiskReporting.Core.Snapshots;

/// <summary>
/// A part read through its changes: a changed record is a copy with the overrides' values (in the order they
/// were given), its balances moved by the detail amounts overridden elsewhere, and its own derived fields
/// derived again; every other record is the extracted one.
/// </summary>
internal sealed class AdjustedPart(IReadOnlyCollection<ReportRecord> records, Dictionary<string, RecordChange> byKey) : IReadOnlyCollection<ReportRecord>
{
    public int Count => records.Count;

    public IEnumerator<ReportRecord> GetEnumerator()
    {
        foreach (var record in records)
        {
            yield return byKey.TryGetValue(record.Key, out var change) ? Changed(record, change) : record;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static ReportRecord Changed(ReportRecord record, RecordChange change)
    {
        var values = (string[])record.Values.Clone();
        foreach (var adjustment in change.Sets)
        {
            values[record.Part.IndexOf(adjustment.Field)] = adjustment.Value;
        }

        for (var i = 0; i < change.BalanceDeltas.Length; i++)
        {
            if (change.BalanceDeltas[i] != 0m)
            {
                var index = record.Part.IndexOf(DerivedFields.LineBalanceFields[i]);
                values[index] = MessageFormat.Amount(MessageFormat.AmountOrZero(values[index]) + change.BalanceDeltas[i]);
            }
        }

        return DerivedFields.Rederive(new ReportRecord(record.Part, values) { Source = record.Source });
    }
}
