using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;
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
/// Reference data and per-customer aggregates are held; items are streamed, twice (exposure, then records).
/// </summary>
public sealed partial class MonthEndExtractor(RuleSet rules, SourceSession source, ExtractionSettings settings)
{
    public const string NoCreditLine = "WNRSXYW";
    public const string Masked = "*********";

    private readonly RecordFactory _factory = new();
    private readonly Dictionary<string, List<ReportRecord>> _records = ReportParts.All.ToDictionary(p => p.Code, _ => new List<ReportRecord>(), StringComparer.Ordinal);
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
        var sorted = _records.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<ReportRecord>)[.. p.Value.Order(RecordKey.Comparer)],
            StringComparer.Ordinal);
        var managing = _customers.Values.Select(c => (c.Code, c.Branch)).Concat(_groups.Values.Select(g => (g.Code, g.Branch)))
            .GroupBy(x => x.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Branch, StringComparer.Ordinal);
        var byBankCode = _bankCodes.GroupBy(b => b.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        return new PeriodSnapshot(settings.Period, rules.Version, sorted, _factory.Notes, nonFi, _itemTotals, LoadGeneralLedger(), managing, byBankCode) { Lineage = _lineage, CustomerFacts = _facts, ThresholdWan = settings.ThresholdWan, HeadOfficeBranch = _headOffice ?? string.Empty };
    }

    private readonly Dictionary<(string Part, string Key), string> _lineage = [];

    /// <summary>Adds a record, remembering the rule query and key columns it came from (for `riskreport trace`).</summary>
    private void Add(PartDefinition part, string lineage, params string?[] values)
    {
        var record = _factory.Create(part, values);
        _records[part.Code].Add(record);
        _lineage.TryAdd((part.Code, record.Key), lineage);
    }

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
