using RiskReporting.Core.Amounts;
using System.Globalization;
using RiskReporting.Core.Snapshots;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Sets;

/// <summary>一致性校验 across records: LJX-004 … LJX-008 and LJX-010.</summary>
public static class LogicRules
{
    private static readonly string[] BalanceFields = ["LOAN_BAL", "BOND_BAL", "EQUITY_BAL", "OFFBAL_BAL"];

    public static IEnumerable<Hit> Check(PeriodSnapshot snapshot, FindingBranch branches)
    {
        var legalRepresentatives = snapshot["B3P2"].Where(r => r["RELATION_TYPE"] == "1").GroupBy(r => r["CUST_CODE"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var customer in snapshot["B3P1"])
        {
            var code = customer["CUST_CODE"];
            var branch = branches.Of(customer);
            if (snapshot.CustomerFacts.TryGetValue(code, out var facts))
            {
                if (facts.ShareRatioSum > 100.0000m)
                {
                    yield return new Hit("LJX-004", "B3P1", customer.Key, "SHARE_RATIO", facts.ShareRatioSum.ToString("0.0000", CultureInfo.InvariantCulture), branch);
                }

                if (facts.StructureDates > 1)
                {
                    yield return new Hit("LJX-005", "B3P1", customer.Key, "STRUCTURE_DATE", facts.StructureDates.ToString(CultureInfo.InvariantCulture), branch);
                }
            }

            var count = legalRepresentatives.GetValueOrDefault(code);
            if (count != 1)
            {
                yield return new Hit("LJX-006", "B3P1", customer.Key, string.Empty, count.ToString(CultureInfo.InvariantCulture), branch);
            }
        }

        foreach (var hit in Groups(snapshot, branches).Concat(GroupLineSplits(snapshot, branches)).Concat(ThirdParty(snapshot, branches)))
        {
            yield return hit;
        }
    }

    /// <summary>LJX-007: a group needs a core member or a parent and at most one parent; a supply chain needs a core member.</summary>
    private static IEnumerable<Hit> Groups(PeriodSnapshot snapshot, FindingBranch branches)
    {
        var members = snapshot["B2P3"].ToLookup(r => r["GROUP_CODE"], StringComparer.Ordinal);
        foreach (var group in snapshot["B2P1"])
        {
            var of = members[group["GROUP_CODE"]].ToList();
            var parents = of.Count(m => m["PARENT_FLAG"] == "1");
            var core = of.Any(m => m["MEMBER_TYPE"] == "1");
            var broken = group["CREDIT_TYPE"] == "2" ? !core : (!core && parents == 0) || parents > 1;
            if (broken)
            {
                yield return new Hit("LJX-007", "B2P1", group.Key, string.Empty, string.Empty, branches.Of(group));
            }
        }
    }

    /// <summary>LJX-008: each balance of a type-1 B1P1 row equals the sum of its B1P2 rows; one finding per differing field.</summary>
    private static IEnumerable<Hit> GroupLineSplits(PeriodSnapshot snapshot, FindingBranch branches)
    {
        var splits = snapshot["B1P2"].ToLookup(r => (r["GROUP_CODE"], r["CREDIT_NO"]));
        foreach (var line in snapshot["B1P1"].Where(r => r["CUST_TYPE"] == "1"))
        {
            var rows = splits[(line["CUST_CODE"], line["CREDIT_NO"])].ToList();
            foreach (var field in BalanceFields)
            {
                var sum = rows.Sum(r => MessageFormat.AmountOrZero(r[field]));
                if (MessageFormat.AmountOrZero(line[field]) != sum)
                {
                    yield return new Hit("LJX-008", "B1P1", line.Key, field, line[field], branches.Of(line));
                }
            }
        }
    }

    /// <summary>LJX-010: for borrowers with a USCC, the borrower's own guarantee is not third-party (2), anyone else's is (1).</summary>
    private static IEnumerable<Hit> ThirdParty(PeriodSnapshot snapshot, FindingBranch branches)
    {
        var usccs = snapshot["B3P1"].Where(r => r["USCC"].Length > 0).GroupBy(r => r["CUST_CODE"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()["USCC"], StringComparer.Ordinal);
        foreach (var guarantee in snapshot["B4"])
        {
            if (!usccs.TryGetValue(guarantee["CUST_CODE"], out var uscc))
            {
                continue;
            }

            var own = guarantee["GUARANTOR_ID_NO"] == uscc;
            if ((own && guarantee["THIRD_PARTY"] == "1") || (!own && guarantee["THIRD_PARTY"] == "2"))
            {
                yield return new Hit("LJX-010", "B4", guarantee.Key, "THIRD_PARTY", guarantee["THIRD_PARTY"], branches.Of(guarantee));
            }
        }
    }
}
