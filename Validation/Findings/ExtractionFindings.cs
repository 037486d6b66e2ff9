using RiskReporting.Core.Snapshots;

namespace RiskReporting.Validation.Findings;

/// <summary>
/// The rules extraction itself establishes: control characters removed from a field (TS-DQ-010) and
/// ledger rows whose counterparty is not an FI customer (WZX-004, part LEDGER, key = the deal number).
/// </summary>
public static class ExtractionFindings
{
    public static IEnumerable<Hit> Of(PeriodSnapshot snapshot, FindingBranch branches)
    {
        var cleansed = snapshot.Cleansings.Select(n => (n.Part, n.Key)).ToHashSet();
        var records = snapshot.Records.Where(p => cleansed.Any(c => c.Part == p.Key))
            .SelectMany(p => p.Value.Where(r => cleansed.Contains((p.Key, r.Key))))
            .GroupBy(r => (r.Part.Code, r.Key)).ToDictionary(g => g.Key, g => g.First());
        foreach (var note in snapshot.Cleansings)
        {
            var branch = records.TryGetValue((note.Part, note.Key), out var record) ? branches.Of(record) : string.Empty;
            yield return new Hit("TS-DQ-010", note.Part, note.Key, note.Field, note.Value, branch);
        }

        foreach (var row in snapshot.NonFiLedgerRows)
        {
            yield return new Hit("WZX-004", "LEDGER", Core.Reports.RecordKey.Join([row.DealNo]), "交易对手客户代码", row.Counterparty, row.Branch);
        }
    }
}
