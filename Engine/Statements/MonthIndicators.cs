using System.Globalization;
using RiskReporting.Core.Codes;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;

namespace RiskReporting.Engine.Statements;

/// <summary>
/// The main indicators of one batch (客户信息统计制度 第18条), recomputed from its reported records, in 万元 as the message
/// carries them: credit lines (Σ B1P1 CREDIT_LIMIT), loan balance (Σ B1P3 LOAN_BAL), customers in scope (B3P1 records),
/// loan balance by five-category class, by industry section and by province, and the exposures (B1P1 USED_TOTAL per
/// customer or group), largest first.
/// </summary>
public sealed record MonthIndicators(
    ReportingPeriod Period,
    int Batch,
    decimal CreditLines,
    decimal LoanBalance,
    int Customers,
    int Groups,
    IReadOnlyDictionary<string, decimal> FiveClass,
    IReadOnlyDictionary<string, decimal> Industry,
    IReadOnlyDictionary<string, decimal> Region,
    IReadOnlyList<Exposure> Exposures)
{
    /// <summary>The five-category classes of K:five_class, in code order.</summary>
    public static IReadOnlyList<string> Classes { get; } = CodeLists.Embedded["five_class"].Codes;

    public decimal TotalExposure => Exposures.Sum(e => e.Used);

    /// <summary>The class's share of the loan balance, in percent (0 when there is no balance).</summary>
    public decimal FiveClassShare(string code) => Share(FiveClass.GetValueOrDefault(code), LoanBalance);

    /// <summary>Loans classed 次级, 可疑 or 损失 (3–5) as a share of the loan balance, in percent.</summary>
    public decimal NonPerformingShare => Share(Classes.Where(c => string.CompareOrdinal(c, "3") >= 0).Sum(c => FiveClass.GetValueOrDefault(c)), LoanBalance);

    public static decimal Share(decimal part, decimal whole) => whole == 0 ? 0 : Math.Round(part * 100 / whole, 2, MidpointRounding.AwayFromZero);

    public static MonthIndicators Of(ReportingPeriod period, int batch, ReportRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var lines = records["B1P1"];
        var loans = records["B1P3"];
        var customers = records["B3P1"];
        var regionOf = customers.ToDictionary(c => c["CUST_CODE"], c => c["REGION_CODE"], StringComparer.Ordinal);
        var exposures = lines.GroupBy(l => (Type: l["CUST_TYPE"], Code: l["CUST_CODE"]))
            .Select(g => new Exposure(g.Key.Type, g.Key.Code, g.First()["CUST_NAME"], g.Sum(l => Amount(l["USED_TOTAL"]))))
            .OrderByDescending(e => e.Used).ThenBy(e => e.CustType, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
        return new MonthIndicators(
            period,
            batch,
            lines.Sum(l => Amount(l["CREDIT_LIMIT"])),
            loans.Sum(l => Amount(l["LOAN_BAL"])),
            customers.Count,
            records["B2P1"].Count,
            SumBy(loans, l => l["FIVE_CLASS"] is { Length: > 0 } c ? c : "未分类"),
            SumBy(loans, l => l["INDUSTRY"] is { Length: > 0 } i ? i[..1] : "未知"),
            SumBy(loans, l => regionOf.TryGetValue(l["CUST_CODE"], out var r) && r.Length >= 2 ? r[..2] + "0000" : "境外或未知"),
            exposures);
    }

    /// <summary>An amount as the message writes it ("12.50"); an empty one counts 0.</summary>
    public static decimal Amount(string value) => value.Length == 0 ? 0 : decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static SortedDictionary<string, decimal> SumBy(IEnumerable<ReportRecord> loans, Func<ReportRecord, string> key)
    {
        var sums = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var loan in loans)
        {
            var k = key(loan);
            sums[k] = sums.GetValueOrDefault(k) + Amount(loan["LOAN_BAL"]);
        }

        return sums;
    }
}
