using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;

namespace RiskReporting.Core.Snapshots;

/// <summary>
/// The extracted month-end position of a period: every part's records sorted by key (each record carrying its source rows), and what
/// validation needs beyond them (cleansed fields, ledger rows of non-FI counterparties, item totals and
/// the general ledger per branch and subject, and who manages each customer and group).
/// </summary>
public sealed record PeriodSnapshot(
    ReportingPeriod Period,
    string RuleSetVersion,
    ReportRecords Records,
    IReadOnlyList<CleansingNote> Cleansings,
    IReadOnlyList<LedgerRow> NonFiLedgerRows,
    IReadOnlyDictionary<(string Branch, string Subject), decimal> ItemTotalsCny,
    IReadOnlyDictionary<(string Branch, string Subject), decimal> GeneralLedgerCny,
    IReadOnlyDictionary<string, string> ManagingBranches,
    IReadOnlyDictionary<string, string> BranchesByBankCode)
{
    /// <summary>Per rule query, what the source returned at D (row count and digest).</summary>
    public IReadOnlyDictionary<string, SourceFingerprint> SourceFingerprints { get; init; } = new Dictionary<string, SourceFingerprint>();

    /// <summary>Facts about each in-scope corporate customer that its records do not carry.</summary>
    public IReadOnlyDictionary<string, CustomerFacts> CustomerFacts { get; init; } = new Dictionary<string, CustomerFacts>();

    /// <summary>The scope threshold T (万元) the period was extracted with; TS-KQ-004 compares last month's exposure with it.</summary>
    public decimal ThresholdWan { get; init; } = 5000.00m;

    /// <summary>The branch without a parent (head office), which answers dispute items no branch can be found for.</summary>
    public string HeadOfficeBranch { get; init; } = string.Empty;

    /// <summary>
    /// The branches' names by branch code, for people (findings.xlsx 机构名称) and never in the package: a rule set
    /// whose branches query returns no branch_name leaves it empty.
    /// </summary>
    public IReadOnlyDictionary<string, string> BranchNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Source rows read, all passes counted (for rows-per-second figures).</summary>
    public long SourceRowsRead { get; init; }

    public IReadOnlyCollection<ReportRecord> this[string part] => Records[part];

    public long RecordCount => Records.Count;
}
