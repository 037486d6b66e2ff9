using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;

namespace RiskReporting.Core.Snapshots;

/// <summary>
/// The aggregates an overridden detail amount feeds (report-tables.md, B1P1 and B1P2): B1P3 LOAN_BAL, B1P4 and
/// B1P5 BOOK_BAL and B1P6 BIZ_BAL are summed, under the record's CREDIT_NO, into the customer's type-2 B1P1
/// row, into the type-1 row of each group that lists the customer as a member in B2P3, and into the
/// customer's B1P2 split row. The difference the override makes is added there, so the sums stay the sums of
/// the rounded detail values that extraction adds up.
/// </summary>
internal static class OverrideEffects
{
    private static readonly Dictionary<string, (string Column, int Balance)> Details = new(StringComparer.Ordinal)
    {
        ["B1P3"] = ("LOAN_BAL", 0), ["B1P4"] = ("BOOK_BAL", 1), ["B1P5"] = ("BOOK_BAL", 2), ["B1P6"] = ("BIZ_BAL", 3),
    };

    public static void AddLineBalanceDeltas(ReportRecords extracted, Dictionary<string, Dictionary<string, RecordChange>> changes)
    {
        var deltas = Deltas(extracted, changes);
        if (deltas.Count == 0)
        {
            return;
        }

        var groupsOf = extracted["B2P3"].GroupBy(r => r["MEMBER_CODE"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r["GROUP_CODE"]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var row in extracted["B1P1"])
        {
            var (type, holder, credit) = (row["CUST_TYPE"], row["CUST_CODE"], row["CREDIT_NO"]);
            foreach (var ((customer, creditNo), delta) in deltas.Where(d => d.Key.CreditNo == credit))
            {
                if ((type == "2" && holder == customer) || (type == "1" && groupsOf.GetValueOrDefault(customer)?.Contains(holder) == true))
                {
                    Add(changes, "B1P1", row.Key, delta);
                }
            }
        }

        foreach (var row in extracted["B1P2"])
        {
            if (deltas.TryGetValue((row["MEMBER_CODE"], row["CREDIT_NO"]), out var delta))
            {
                Add(changes, "B1P2", row.Key, delta);
            }
        }
    }

    /// <summary>For each (customer, CREDIT_NO), what the overrides of its detail amounts change in each balance column.</summary>
    private static Dictionary<(string Customer, string CreditNo), decimal[]> Deltas(ReportRecords extracted, Dictionary<string, Dictionary<string, RecordChange>> changes)
    {
        var deltas = new Dictionary<(string, string), decimal[]>();
        foreach (var (part, (column, balance)) in Details)
        {
            if (!changes.TryGetValue(part, out var byKey) || !byKey.Values.Any(c => c.Sets.Any(o => o.Field == column)))
            {
                continue;
            }

            foreach (var record in extracted[part].Where(r => byKey.ContainsKey(r.Key)))
            {
                var set = byKey[record.Key].Sets.LastOrDefault(o => o.Field == column);
                if (set is null)
                {
                    continue;
                }

                var key = (record["CUST_CODE"], record["CREDIT_NO"]);
                if (!deltas.TryGetValue(key, out var delta))
                {
                    deltas[key] = delta = new decimal[4];
                }

                delta[balance] += MessageFormat.AmountOrZero(set.Value) - MessageFormat.AmountOrZero(record[column]);
            }
        }

        return deltas;
    }

    private static void Add(Dictionary<string, Dictionary<string, RecordChange>> changes, string part, string key, decimal[] delta)
    {
        var change = OverrideApplication.Change(changes, part, key);
        for (var i = 0; i < delta.Length; i++)
        {
            change.BalanceDeltas[i] += delta[i];
        }
    }
}
