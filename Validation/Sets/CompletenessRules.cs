using RiskReporting.Core.Snapshots;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Sets;

/// <summary>WZX-001 … WZX-003: detail records against the lines of B1P1, splits against the members of B2P3.</summary>
public static class CompletenessRules
{
    private static readonly string[] DetailParts = ["B1P3", "B1P4", "B1P5", "B1P6"];

    public static IEnumerable<Hit> Check(PeriodSnapshot snapshot, FindingBranch branches)
    {
        var holders = snapshot["B1P1"].Where(r => r["CREDIT_NO"] != "WNRSXYW")
            .ToLookup(r => r["CREDIT_NO"], r => (Type: r["CUST_TYPE"], Holder: r["CUST_CODE"]), StringComparer.Ordinal);
        var members = snapshot["B2P3"].Select(r => (r["GROUP_CODE"], r["MEMBER_CODE"])).ToHashSet();
        foreach (var record in DetailParts.SelectMany(p => snapshot[p]))
        {
            var credit = record["CREDIT_NO"];
            if (credit == "WNRSXYW")
            {
                continue;
            }

            var customer = record["CUST_CODE"];
            if (!holders.Contains(credit))
            {
                yield return new Hit("WZX-001", record.Part.Code, record.Key, "CREDIT_NO", credit, branches.Of(record));
            }
            else if (!holders[credit].Any(h => h.Type == "2" ? h.Holder == customer : members.Contains((h.Holder, customer))))
            {
                yield return new Hit("WZX-002", record.Part.Code, record.Key, "CREDIT_NO", credit, branches.Of(record));
            }
        }

        foreach (var split in snapshot["B1P2"].Where(r => !members.Contains((r["GROUP_CODE"], r["MEMBER_CODE"]))))
        {
            yield return new Hit("WZX-003", "B1P2", split.Key, "MEMBER_CODE", split["MEMBER_CODE"], branches.Of(split));
        }
    }
}
