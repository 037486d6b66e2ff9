using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;

namespace RiskReporting.Core.Snapshots;

/// <summary>
/// The extracted month-end position of a period: every part's records sorted by key, and what
/// validation needs beyond them (cleansed fields, ledger rows of non-FI counterparties, item totals and
/// the general ledger per branch and subject, and who manages each customer and group).
/// </summary>
public sealed record PeriodSnapshot(
    ReportingPeriod Period,
    string RuleSetVersion,
    IReadOnlyDictionary<string, IReadOnlyList<ReportRecord>> Records,
    IReadOnlyList<CleansingNote> Cleansings,
    IReadOnlyList<LedgerRow> NonFiLedgerRows,
    IReadOnlyDictionary<(string Branch, string Subject), decimal> ItemTotalsCny,
    IReadOnlyDictionary<(string Branch, string Subject), decimal> GeneralLedgerCny,
    IReadOnlyDictionary<string, string> ManagingBranches,
    IReadOnlyDictionary<string, string> BranchesByBankCode)
{
    public IReadOnlyList<ReportRecord> this[string part] => Records.TryGetValue(part, out var list) ? list : [];

    public long RecordCount => Records.Values.Sum(r => (long)r.Count);
}
