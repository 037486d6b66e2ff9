using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Spill;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Sets;

/// <summary>
/// WYX-001 … WYX-004 as set operations: group by the shared value, report every record of a group that
/// should have one member. The customer parts are grouped in memory; contracts of the detail parts go
/// through an external sort, and duplicate keys are found as neighbours in the report order.
/// </summary>
public static class UniquenessRules
{
    /// <param name="contracts">WYX-003's contracts, told every record by the pass of the record rules.</param>
    public static IEnumerable<Hit> Check(PeriodSnapshot snapshot, FindingBranch branches, SharedContracts contracts)
    {
        foreach (var hit in Shared(snapshot, branches, "WYX-001", ["B3P1"], "USCC"))
        {
            yield return hit;
        }

        foreach (var hit in Shared(snapshot, branches, "WYX-002", ["B1P7"], "FI_CODE"))
        {
            yield return hit;
        }

        foreach (var hit in contracts.Hits())
        {
            yield return hit;
        }
    }

    /// <summary>
    /// WYX-003: B1P3 and B1P6 records whose contract belongs to two or more customer codes, from (contract, customer) rows sorted
    /// by contract. The rows are taken as the pass of the record rules goes by (issue #16), in part order as before.
    /// </summary>
    public sealed class SharedContracts(FindingBranch branches, SpillArea? spill)
    {
        private readonly ExternalSorter<string?[]> _contracts = new("contracts", TextRowFormat.ByLeading(1), TextRowFormat.Instance, spill);

        public void Visit(ReportRecord record)
        {
            if (record.Part.Code is "B1P3" or "B1P6" && record["CONTRACT_NO"].Length > 0)
            {
                _contracts.Add([record["CONTRACT_NO"], record["CUST_CODE"], record.Part.Code, record.Key, branches.Of(record)]);
            }
        }

        public IEnumerable<Hit> Hits()
        {
            foreach (var group in _contracts.Complete().Consecutive((x, y) => x[0] == y[0]).Where(g => g.Select(r => r[1]).Distinct(StringComparer.Ordinal).Count() > 1))
            {
                foreach (var r in group)
                {
                    yield return new Hit("WYX-003", r[2]!, r[3]!, "CONTRACT_NO", r[0]!, r[4]!);
                }
            }
        }
    }

    /// <summary>
    /// WYX-004: a key that more than one record of the part carries. Such records are neighbours in report order, and the pass of
    /// the record rules hands each run of them here, so the parts are not read once more for it (issue #16).
    /// </summary>
    public static IEnumerable<Hit> Duplicates(List<ReportRecord> neighbours, FindingBranch branches) =>
        neighbours.Count < 2 ? [] : neighbours.GroupBy(r => r.Key, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(duplicate => new Hit("WYX-004", duplicate.First().Part.Code, duplicate.Key, string.Empty, string.Empty, branches.Of(duplicate.First())));

    /// <summary>Records of the given parts whose field value (non-empty) belongs to two or more customer codes: each of them.</summary>
    private static IEnumerable<Hit> Shared(PeriodSnapshot snapshot, FindingBranch branches, string rule, string[] parts, string field) =>
        parts.SelectMany(p => snapshot[p])
            .Where(r => r[field].Length > 0)
            .GroupBy(r => r[field], StringComparer.Ordinal)
            .Where(g => g.Select(r => r["CUST_CODE"]).Distinct(StringComparer.Ordinal).Count() > 1)
            .SelectMany(g => g)
            .Select(r => new Hit(rule, r.Part.Code, r.Key, field, r[field], branches.Of(r)));
}
