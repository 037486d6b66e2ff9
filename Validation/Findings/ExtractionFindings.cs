using RiskReporting.Core.Snapshots;

namespace RiskReporting.Validation.Findings;

/// <summary>
/// The rules extraction itself establishes: control characters or characters XML forbids removed from a field (TS-DQ-010) and
/// ledger rows whose counterparty is not an FI customer (WZX-004, part LEDGER, key = the deal number).
/// </summary>
public static class ExtractionFindings
{
    public static IEnumerable<Hit> Of(PeriodSnapshot snapshot, FindingBranch branches)
    {
        // Only the parts with a cleansed record are read, and only the branches of those records are kept.
        var branchOf = new Dictionary<(string Part, string Key), string>();
        foreach (var part in snapshot.Cleansings.GroupBy(n => n.Part, StringComparer.Ordinal))
        {
            var keys = part.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var record in snapshot[part.Key].Where(r => keys.Contains(r.Key)))
            {
                branchOf.TryAdd((part.Key, record.Key), branches.Of(record));
            }
        }

        foreach (var note in snapshot.Cleansings)
        {
            yield return new Hit("TS-DQ-010", note.Part, note.Key, note.Field, note.Value, branchOf.GetValueOrDefault((note.Part, note.Key), string.Empty));
        }

        foreach (var row in snapshot.NonFiLedgerRows)
        {
            yield return new Hit("WZX-004", "LEDGER", Core.Reports.RecordKey.Join([row.DealNo]), "交易对手客户代码", row.Counterparty, row.Branch);
        }
    }
}
