using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Spill;
using RiskReporting.Validation.Catalogue;
using RiskReporting.Validation.Findings;
using RiskReporting.Validation.Records;
using RiskReporting.Validation.Sets;

namespace RiskReporting.Validation;

/// <summary>
/// Runs the implemented rules on a period's snapshot and lets the catalogue decide which apply (enabled,
/// effective, on that part) and with which severity and message. Record rules run per record through
/// FluentValidation; rules across records run as set operations.
/// </summary>
/// <param name="spill">Where the contracts of the detail parts are sorted for WYX-003; without it they are sorted in memory.</param>
public sealed class SnapshotValidator(RuleCatalogue catalogue, ValidationOptions options, SpillArea? spill = null)
{
    /// <summary>Every rule code this engine implements; the catalogue must list exactly these.</summary>
    public static IReadOnlyList<string> Implemented { get; } =
    [
        "JBL-001", "JBL-002", "JBL-003", "JBL-004", "JBL-005", "JBL-006", "JBL-007", "JBL-008", "JBL-009", "JBL-010",
        "WYX-001", "WYX-002", "WYX-003", "WYX-004", "WZX-001", "WZX-002", "WZX-003", "WZX-004",
        "LJX-001", "LJX-002", "LJX-003", "LJX-004", "LJX-005", "LJX-006", "LJX-007", "LJX-008", "LJX-009", "LJX-010",
        "HN-001", "HN-002", "HN-003", "HN-004",
        "TS-DQ-001", "TS-DQ-002", "TS-DQ-003", "TS-DQ-004", "TS-DQ-005", "TS-DQ-006", "TS-DQ-007", "TS-DQ-008", "TS-DQ-009", "TS-DQ-010",
        "TS-KQ-001", "TS-KQ-002", "TS-KQ-003", "TS-KQ-004", "TJ-KQ-001", "TJ-KQ-002",
    ];

    /// <param name="previous">The records of the last approved batch of P−1, or null when the engine holds none (the cross-period rules are then skipped).</param>
    /// <param name="recordsChecked">Told the records checked by the record rules so far, every <see cref="ProgressEvery"/> records.</param>
    /// <param name="cancellationToken">Checked between records and between hits.</param>
    public IReadOnlyList<Finding> Validate(PeriodSnapshot snapshot, ReportRecords? previous = null, IProgress<long>? recordsChecked = null, CancellationToken cancellationToken = default)
    {
        var branches = new FindingBranch(snapshot);
        var findings = new List<Finding>();
        var crossPeriod = previous is null ? [] : CrossPeriodRules.Check(snapshot, previous, branches);
        // The rules across records that look at every detail record are told each one by the pass of the record rules, so a
        // spilled part is read once for all of them (issue #16); their hits follow once that pass is over.
        var contracts = new UniquenessRules.SharedContracts(branches, spill);
        var details = new CompletenessRules.Details(snapshot, branches);
        var exposure = new CurrentPeriodWarnings.Exposure();
        IEnumerable<Hit> Visit(ReportRecord record)
        {
            contracts.Visit(record);
            exposure.Visit(record);
            return details.Visit(record);
        }

        foreach (var hit in RecordHits(snapshot, branches, Visit, recordsChecked, cancellationToken)
            .Concat(crossPeriod)
            .Concat(UniquenessRules.Check(snapshot, branches, contracts))
            .Concat(CompletenessRules.Check(snapshot, branches, details))
            .Concat(LogicRules.Check(snapshot, branches))
            .Concat(CurrentPeriodWarnings.Check(snapshot, branches, exposure))
            .Concat(GeneralLedgerRules.Check(snapshot, options.GlToleranceYuan))
            .Concat(ExtractionFindings.Of(snapshot, branches)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(findings, snapshot, hit);
        }

        return FindingsFile.Sorted(findings);
    }

    /// <summary>How often, in records, progress is reported.</summary>
    public const int ProgressEvery = 10_000;

    private static IEnumerable<Hit> RecordHits(PeriodSnapshot snapshot, FindingBranch branches, Func<ReportRecord, IEnumerable<Hit>> visit, IProgress<long>? recordsChecked, CancellationToken cancellationToken)
    {
        long checkedRecords = 0;
        var context = new Records.RecordCheckContext(
            snapshot.Period.DataDate,
            snapshot.BranchesByBankCode.Keys.ToHashSet(StringComparer.Ordinal),
            snapshot["B2P1"].GroupBy(r => r["GROUP_CODE"], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()["CREDIT_TYPE"], StringComparer.Ordinal));
        foreach (var definition in ReportParts.All)
        {
            var (part, records) = (definition.Code, snapshot[definition.Code]);
            var validator = new PartValidator(definition, context);
            // Records with one key are neighbours in report order: each run of them goes to WYX-004 once its records are checked.
            foreach (var neighbours in records.Consecutive((x, y) => RecordKey.Compare(x, y) == 0))
            {
                foreach (var record in neighbours)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (++checkedRecords % ProgressEvery == 0)
                    {
                        recordsChecked?.Report(checkedRecords);
                    }

                    foreach (var hit in visit(record))
                    {
                        yield return hit;
                    }

                    var result = validator.Validate(record);
                    if (result.IsValid)
                    {
                        continue;
                    }

                    foreach (var failure in result.Errors)
                    {
                        yield return new Hit(failure.ErrorCode, part, record.Key, failure.PropertyName, Convert.ToString(failure.AttemptedValue, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, branches.Of(record));
                    }
                }

                foreach (var hit in UniquenessRules.Duplicates(neighbours, branches))
                {
                    yield return hit;
                }
            }
        }
    }

    private void Add(List<Finding> findings, PeriodSnapshot snapshot, Hit hit)
    {
        var entry = catalogue.For(hit.Rule, snapshot.Period);
        if (entry is null || !entry.AppliesTo(snapshot.Period) || !(entry.Parts.Contains("*") || entry.Parts.Contains(hit.Part)))
        {
            return;
        }

        var category = entry.Category.Split('/')[0];
        findings.Add(new Finding(hit.Rule, entry.Severity, hit.Part, hit.Key, hit.Field, hit.Value, hit.Branch, $"{category}：{entry.Message}"));
    }
}
