using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Sets;

/// <summary>WYX-001 … WYX-004 as set operations: group by the shared value, report every record of a group that should have one member.</summary>
public static class UniquenessRules
{
    public static IEnumerable<Hit> Check(PeriodSnapshot snapshot, FindingBranch branches)
    {
        foreach (var hit in Shared(snapshot, branches, "WYX-001", ["B3P1"], "USCC"))
        {
            yield return hit;
        }

        foreach (var hit in Shared(snapshot, branches, "WYX-002", ["B1P7"], "FI_CODE"))
        {
            yield return hit;
        }

        foreach (var hit in Shared(snapshot, branches, "WYX-003", ["B1P3", "B1P6"], "CONTRACT_NO"))
        {
            yield return hit;
        }

        foreach (var part in ReportParts.All)
        {
            foreach (var duplicate in snapshot[part.Code].GroupBy(r => r.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                yield return new Hit("WYX-004", part.Code, duplicate.Key, string.Empty, string.Empty, branches.Of(duplicate.First()));
            }
        }
    }

    /// <summary>Records of the given parts whose field value (non-empty) belongs to two or more customer codes: each of them.</summary>
    private static IEnumerable<Hit> Shared(PeriodSnapshot snapshot, FindingBranch branches, string rule, string[] parts, string field) =>
        parts.SelectMany(p => snapshot[p])
            .Where(r => r[field].Length > 0)
            .GroupBy(r => r[field], StringComparer.Ordinal)
            .Where(g => g.Select(r => r["CUST_CODE"]).Distinct(StringComparer.Ordinal).Count() > 1)
            .SelectMany(g => g)
            .Select(r => new Hit(rule, r.Part.Code, r.Key, field, r[field], branches.Of(r)));
}
