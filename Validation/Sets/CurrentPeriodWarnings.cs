using RiskReporting.Core.Amounts;
using System.Globalization;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Sets;

/// <summary>提示性校验 across records: TS-DQ-002 (limits summed per holder), TS-DQ-006 (statements of large firms), TS-DQ-009 (closed with exposure).</summary>
public static class CurrentPeriodWarnings
{
    private const decimal LimitCeilingWan = 10_000_000.00m;
    private static readonly Dictionary<string, string> BalanceOf = new(StringComparer.Ordinal) { ["B1P3"] = "LOAN_BAL", ["B1P4"] = "BOOK_BAL", ["B1P5"] = "BOOK_BAL", ["B1P6"] = "BIZ_BAL" };

    /// <param name="exposure">TS-DQ-006's borrowers and TS-DQ-009's exposed customers, told the detail records by the pass of the record rules.</param>
    public static IEnumerable<Hit> Check(PeriodSnapshot snapshot, FindingBranch branches, Exposure exposure)
    {
        foreach (var holder in snapshot["B1P1"].GroupBy(r => (Type: r["CUST_TYPE"], Code: r["CUST_CODE"])))
        {
            var total = holder.Sum(r => MessageFormat.AmountOrZero(r["CREDIT_LIMIT"]));
            if (total > LimitCeilingWan)
            {
                var (part, branch) = holder.Key.Type == "1" ? ("B2P1", branches.Managing(holder.Key.Code)) : ("B3P1", branches.Managing(holder.Key.Code));
                yield return new Hit("TS-DQ-002", part, Core.Reports.RecordKey.Join([holder.Key.Code]), "CREDIT_LIMIT", total.ToString("0.00", CultureInfo.InvariantCulture), branch);
            }
        }

        var (borrowers, exposed) = (exposure.Borrowers, exposure.Exposed);
        var oldest = snapshot.Period.DataDate.AddMonths(-18).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        foreach (var customer in snapshot["B3P1"])
        {
            var code = customer["CUST_CODE"];
            if (customer["CUST_CLASS"] is "A1" or "A2" && borrowers.Contains(code) && (customer["FS_DATE"].Length == 0 || string.CompareOrdinal(customer["FS_DATE"], oldest) < 0))
            {
                yield return new Hit("TS-DQ-006", "B3P1", customer.Key, "FS_DATE", customer["FS_DATE"], branches.Of(customer));
            }

            if (snapshot.CustomerFacts.TryGetValue(code, out var facts) && facts.ClosedOn is { } closed && closed <= snapshot.Period.DataDate && exposed.Contains(code))
            {
                yield return new Hit("TS-DQ-009", "B3P1", customer.Key, string.Empty, closed.ToString("yyyyMMdd", CultureInfo.InvariantCulture), branches.Of(customer));
            }
        }
    }

    /// <summary>Borrowers (every B1P3 customer) and exposed customers (a detail record with a balance), gathered from the pass of the record rules (issue #16).</summary>
    public sealed class Exposure
    {
        internal HashSet<string> Borrowers { get; } = new(StringComparer.Ordinal);

        internal HashSet<string> Exposed { get; } = new(StringComparer.Ordinal);

        public void Visit(ReportRecord record)
        {
            if (!BalanceOf.TryGetValue(record.Part.Code, out var balance))
            {
                return;
            }

            if (record.Part.Code == "B1P3")
            {
                Borrowers.Add(record["CUST_CODE"]);
            }

            if (MessageFormat.AmountOrZero(record[balance]) > 0)
            {
                Exposed.Add(record["CUST_CODE"]);
            }
        }
    }
}
