using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Spill;
using RiskReporting.Extraction.Ledger;
using RiskReporting.Extraction.Model;
using RiskReporting.Extraction.Parts;
using RiskReporting.Extraction.Rules;
using RiskReporting.Extraction.Sources;

namespace RiskReporting.Extraction;

/// <summary>
/// Derives every report part of a period from the rule queries, as report-tables.md specifies: scope by
/// limit and exposure against T, detail records of in-scope customers, line and split balances as sums of
/// already-rounded detail values, parties, guarantees, retail defaults and the interbank customers.
/// Reference data and per-customer aggregates are held; items are streamed, twice (exposure, then records),
/// and each part's records go through an external sort, so memory does not grow with the number of loans.
/// </summary>
/// <param name="spill">Where sorted runs of large parts go; without it every part is sorted in memory (small banks, previews).</param>
public sealed partial class MonthEndExtractor(RuleSet rules, SourceSession source, ExtractionSettings settings, SpillArea? spill = null)
{
    public const string NoCreditLine = "WNRSXYW";
    public const string Masked = "*********";

    private readonly RecordFactory _factory = new();
    private readonly Dictionary<string, ExternalSorter<ReportRecord>> _records = ReportParts.All.ToDictionary(p => p.Code, p => ReportRecordFormat.Sorter(p, spill), StringComparer.Ordinal);
    private readonly Dictionary<(string Branch, string Subject), decimal> _itemTotals = [];

    private DateOnly D => settings.Period.DataDate;

    public PeriodSnapshot Extract(IReadOnlyList<LedgerRow> ledger)
    {
        LoadReference();
        var exposures = ScanExposures();
        ComputeScope(exposures);
        BuildDetails();
        BuildLines();
        BuildParties();
        BuildGuarantees();
        BuildRetail();
        var nonFi = BuildInterbank(ledger);
        var sorted = new ReportRecords(ReportParts.All.ToDictionary(p => p.Code, p => (IReadOnlyCollection<ReportRecord>)_records[p.Code].Complete(), StringComparer.Ordinal));
        var managing = _customers.Values.Select(c => (c.Code, c.Branch)).Concat(_groups.Values.Select(g => (g.Code, g.Branch)))
            .GroupBy(x => x.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Branch, StringComparer.Ordinal);
        var byBankCode = _bankCodes.GroupBy(b => b.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        return new PeriodSnapshot(settings.Period, rules.Version, sorted, _factory.Notes, nonFi, _itemTotals, LoadGeneralLedger(), managing, byBankCode) { CustomerFacts = _facts, ThresholdWan = settings.ThresholdWan, HeadOfficeBranch = _headOffice ?? string.Empty, BranchNames = _branchNames };
    }

    /// <summary>Adds a record, with the rule query and key columns it came from (for `riskreport trace`).</summary>
    private void Add(PartDefinition part, string lineage, params string?[] values) =>
        _records[part.Code].Add(_factory.Create(part, lineage, values));

    private static string A(decimal value) => MessageFormat.Amount(value);

    private static string Dt(DateOnly? date) => date is { } d ? MessageFormat.Date(d) : string.Empty;

    private Dictionary<(string Branch, string Subject), decimal> LoadGeneralLedger()
    {
        var ledger = new Dictionary<(string, string), decimal>();
        foreach (var row in source.Rows(rules["gl_balances"]))
        {
            var key = (row.RequiredText("branch_code"), row.RequiredText("subject_code"));
            ledger[key] = ledger.GetValueOrDefault(key) + row.Amount("balance_cny");
        }

        return ledger;
    }

    private void Book(string branch, string subject, decimal amount, string currency) =>
        _itemTotals[(branch, subject)] = _itemTotals.GetValueOrDefault((branch, subject)) + Money.ToCnyYuan(amount, Rate(currency));
}
