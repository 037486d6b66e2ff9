using RiskReporting.Core.Amounts;
using System.Globalization;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Sets;

/// <summary>
/// 跨期 (TS-KQ) and 统计 (TJ-KQ) warnings: the period against the last approved batch of the period
/// before, joined by record key.
/// </summary>
public static class CrossPeriodRules
{
    /// <summary>The parts of the previous batch these rules read.</summary>
    public static IReadOnlyList<string> PreviousParts { get; } = ["B1P1", "B1P2", "B1P3", "B3P1"];

    private static readonly string[] StableLoanFields = ["ISSUE_DATE", "CURRENCY", "LOAN_TYPE", "INDUSTRY"];

    /// <summary>Loans are joined to last month's as two streams in report order; only lines and customers are held.</summary>
    public static IEnumerable<Hit> Check(PeriodSnapshot now, ReportRecords previous, FindingBranch branches)
    {
        foreach (var (before, loan) in RecordJoin.ByKey(previous["B1P3"], now["B1P3"]))
        {
            if (before is null || loan is null)
            {
                continue;
            }

            foreach (var field in StableLoanFields.Where(f => loan[f] != before[f]))
            {
                yield return new Hit("TS-KQ-001", "B1P3", loan.Key, field, $"{before[field]} → {loan[field]}", branches.Of(loan));
            }

            if (int.TryParse(before["FIVE_CLASS"], out var was) && int.TryParse(loan["FIVE_CLASS"], out var @is) && was - @is >= 2)
            {
                yield return new Hit("TS-KQ-002", "B1P3", loan.Key, "FIVE_CLASS", $"{was} → {@is}", branches.Of(loan));
            }
        }

        foreach (var hit in UsedTotals(now["B1P1"], previous["B1P1"], branches))
        {
            yield return hit;
        }

        foreach (var hit in LeftScope(now, previous["B1P1"], previous["B1P2"], previous["B3P1"], branches))
        {
            yield return hit;
        }

        foreach (var hit in Statistics(now, previous["B3P1"], previous["B1P3"]))
        {
            yield return hit;
        }
    }

    /// <summary>TS-KQ-003: a holder's USED_TOTAL over its B1P1 rows moved by more than 50 % and more than 5,000.00.</summary>
    private static IEnumerable<Hit> UsedTotals(IReadOnlyCollection<ReportRecord> now, IReadOnlyCollection<ReportRecord> before, FindingBranch branches)
    {
        var was = Totals(before);
        foreach (var (holder, total) in Totals(now))
        {
            if (was.TryGetValue(holder, out var previous) && Math.Abs(total - previous) > 0.5m * previous && Math.Abs(total - previous) > 5000.00m)
            {
                yield return new Hit("TS-KQ-003", holder.Type == "1" ? "B2P1" : "B3P1", RecordKey.Join([holder.Code]), "USED_TOTAL",
                    string.Create(CultureInfo.InvariantCulture, $"{previous:0.00} → {total:0.00}"), branches.Managing(holder.Code));
            }
        }
    }

    /// <summary>TS-KQ-004: last month in B3P1 with an exposure (type-2 B1P1 rows and B1P2 rows) of at least T, absent now.</summary>
    private static IEnumerable<Hit> LeftScope(PeriodSnapshot now, IReadOnlyCollection<ReportRecord> linesBefore, IReadOnlyCollection<ReportRecord> splitsBefore, IReadOnlyCollection<ReportRecord> customersBefore, FindingBranch branches)
    {
        var current = now["B3P1"].Select(r => r["CUST_CODE"]).ToHashSet(StringComparer.Ordinal);
        var exposure = linesBefore.Where(r => r["CUST_TYPE"] == "2").Select(r => (Code: r["CUST_CODE"], Used: MessageFormat.AmountOrZero(r["USED_TOTAL"])))
            .Concat(splitsBefore.Select(r => (Code: r["MEMBER_CODE"], Used: MessageFormat.AmountOrZero(r["USED_TOTAL"]))))
            .GroupBy(x => x.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.Used), StringComparer.Ordinal);
        foreach (var customer in customersBefore.Where(r => !current.Contains(r["CUST_CODE"])))
        {
            var used = exposure.GetValueOrDefault(customer["CUST_CODE"]);
            if (used >= now.ThresholdWan && used > 0)
            {
                yield return new Hit("TS-KQ-004", "B3P1", customer.Key, string.Empty, used.ToString("0.00", CultureInfo.InvariantCulture), branches.Managing(customer["CUST_CODE"]));
            }
        }
    }

    /// <summary>TJ-KQ-001 and TJ-KQ-002: the number of B3P1 customers and the total B1P3 LOAN_BAL moved by more than 10 %.</summary>
    private static IEnumerable<Hit> Statistics(PeriodSnapshot now, IReadOnlyCollection<ReportRecord> customersBefore, IReadOnlyCollection<ReportRecord> loansBefore)
    {
        decimal countNow = now["B3P1"].Count, countBefore = customersBefore.Count;
        if (countBefore > 0 && Math.Abs(countNow - countBefore) > 0.1m * countBefore)
        {
            yield return new Hit("TJ-KQ-001", "B3P1", string.Empty, string.Empty, string.Create(CultureInfo.InvariantCulture, $"{countBefore} → {countNow}"), string.Empty);
        }

        decimal loansNow = now["B1P3"].Sum(r => MessageFormat.AmountOrZero(r["LOAN_BAL"])), loansThen = loansBefore.Sum(r => MessageFormat.AmountOrZero(r["LOAN_BAL"]));
        if (loansThen > 0 && Math.Abs(loansNow - loansThen) > 0.1m * loansThen)
        {
            yield return new Hit("TJ-KQ-002", "B1P3", string.Empty, string.Empty, string.Create(CultureInfo.InvariantCulture, $"{loansThen:0.00} → {loansNow:0.00}"), string.Empty);
        }
    }

    private static Dictionary<(string Type, string Code), decimal> Totals(IEnumerable<ReportRecord> lines) =>
        lines.GroupBy(r => (r["CUST_TYPE"], r["CUST_CODE"])).ToDictionary(g => g.Key, g => g.Sum(r => MessageFormat.AmountOrZero(r["USED_TOTAL"])));
}
