using RiskReporting.Core.Reports;
using RiskReporting.Extraction.Ledger;

namespace RiskReporting.Extraction;

/// <summary>
/// The month-end position of a period: every part's records sorted by key, plus what validation needs
/// beyond the records (cleansed fields, ledger rows of non-FI counterparties, item and ledger totals).
/// </summary>
public sealed record ExtractionResult(
    string RuleSetVersion,
    IReadOnlyDictionary<string, IReadOnlyList<ReportRecord>> Records,
    IReadOnlyList<CleansingNote> Cleansings,
    IReadOnlyList<LedgerRow> NonFiLedgerRows,
    IReadOnlyDictionary<(string Branch, string Subject), decimal> ItemTotalsCny,
    IReadOnlyDictionary<(string Branch, string Subject), decimal> GeneralLedgerCny);
