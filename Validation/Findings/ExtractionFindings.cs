using RiskReporting.Core.Snapshots;

namespace RiskReporting.Validation.Findings;

/// <summary>
/// The findings extraction itself establishes: control characters removed from a field (TS-DQ-010) and
/// ledger rows whose counterparty is not an FI customer (WZX-004). The rest of rules.md runs in the
/// rule catalogue (issue #4).
/// </summary>
public static class ExtractionFindings
{
    public static IEnumerable<Finding> Of(PeriodSnapshot snapshot)
    {
        var branches = new FindingBranch(snapshot);
        foreach (var note in snapshot.Cleansings)
        {
            var record = snapshot[note.Part].First(r => r.Key == note.Key);
            yield return new Finding("TS-DQ-010", Severity.Warning, note.Part, note.Key, note.Field, note.Value, branches.Of(record),
                "提示性校验：抽取时已从该字段中删除控制字符，请核实源系统数据。");
        }

        foreach (var row in snapshot.NonFiLedgerRows)
        {
            yield return new Finding("WZX-004", Severity.Error, "LEDGER", Core.Reports.RecordKey.Join([row.DealNo]), "交易对手客户代码", row.Counterparty, row.Branch,
                $"确定性校验：同业业务台账第{row.Line}行的交易对手不是同业客户，该行未计入B1P7。");
        }
    }
}
