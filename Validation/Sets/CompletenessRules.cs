using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Sets;

/// <summary>WZX-001 … WZX-003: detail records against the lines of B1P1, splits against the members of B2P3.</summary>
public static class CompletenessRules
{
    /// <summary>WZX-003; WZX-001 and WZX-002 are <see cref="Details"/>'s, told the detail records by the pass of the record rules.</summary>
    public static IEnumerable<Hit> Check(PeriodSnapshot snapshot, FindingBranch branches, Details details) =>
        snapshot["B1P2"].Where(r => !details.Members.Contains((r["GROUP_CODE"], r["MEMBER_CODE"])))
            .Select(split => new Hit("WZX-003", "B1P2", split.Key, "MEMBER_CODE", split["MEMBER_CODE"], branches.Of(split)));

    /// <summary>
    /// WZX-001 and WZX-002: each detail record (B1P3 … B1P6) against the lines of B1P1 and the members of B2P3, which are read first;
    /// the records themselves come from the pass of the record rules (issue #16).
    /// </summary>
    public sealed class Details
    {
        private readonly ILookup<string, (string Type, string Holder)> _holders;
        private readonly FindingBranch _branches;

        public Details(PeriodSnapshot snapshot, FindingBranch branches)
        {
            _branches = branches;
            _holders = snapshot["B1P1"].Where(r => r["CREDIT_NO"] != "WNRSXYW")
                .ToLookup(r => r["CREDIT_NO"], r => (Type: r["CUST_TYPE"], Holder: r["CUST_CODE"]), StringComparer.Ordinal);
            Members = snapshot["B2P3"].Select(r => (r["GROUP_CODE"], r["MEMBER_CODE"])).ToHashSet();
        }

        internal HashSet<(string, string)> Members { get; }

        public IEnumerable<Hit> Visit(ReportRecord record)
        {
            if (record.Part.Code is not ("B1P3" or "B1P4" or "B1P5" or "B1P6"))
            {
                return [];
            }

            var credit = record["CREDIT_NO"];
            if (credit == "WNRSXYW")
            {
                return [];
            }

            var customer = record["CUST_CODE"];
            if (!_holders.Contains(credit))
            {
                return [new Hit("WZX-001", record.Part.Code, record.Key, "CREDIT_NO", credit, _branches.Of(record))];
            }

            return _holders[credit].Any(h => h.Type == "2" ? h.Holder == customer : Members.Contains((h.Holder, customer)))
                ? []
                : [new Hit("WZX-002", record.Part.Code, record.Key, "CREDIT_NO", credit, _branches.Of(record))];
        }
    }
}
