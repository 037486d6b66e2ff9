using RiskReporting.Core.Amounts;
using System.Globalization;
using RiskReporting.Core.Snapshots;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Sets;

/// <summary>提示性校验 across records: TS-DQ-002 (limits summed per holder), TS-DQ-006 (statements of large firms), TS-DQ-009 (closed with exposure).</summary>
public static class CurrentPeriodWarnings
{
    private const decimal LimitCeilingWan = 10_000_000.00m;
    private static readonly string[] DetailParts = ["B1P3", "B1P4", "B1P5", "B1P6"];
    private static readonly Dictionary<string, string> BalanceOf = new(StringComparer.Ordinal) { ["B1P3"] = "LOAN_BAL", ["B1P4"] = "BOOK_BAL", ["B1P5"] = "BOOK_BAL", ["B1P6"] = "BIZ_BAL" };

    public static IEnumerable<Hit> Check(PeriodSnapshot snapshot, FindingBranch branches)
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

        // Borrowers (every B1P3 customer) and exposed customers (a detail record with a balance) in one read of each detail part (issue #16).
        var borrowers = new HashSet<string>(StringComparer.Ordinal);
        var exposed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in DetailParts)
        {
            var (balance, lending) = (Core.Reports.ReportParts.ByCode(part).IndexOf(BalanceOf[part]), part == "B1P3");
            foreach (var record in snapshot[part])
            {
                var customer = record["CUST_CODE"];
                if (lending)
                {
                    borrowers.Add(customer);
                }

                if (MessageFormat.AmountOrZero(record.Values[balance]) > 0)
                {
                    exposed.Add(customer);
                }
            }
        }

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
}
