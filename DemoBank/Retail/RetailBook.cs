using System.Globalization;
using RiskReporting.Core.Amounts;

namespace RiskReporting.DemoBank.Retail;

/// <summary>
/// Retail loans, streamed one at a time: mortgages, car, business and consumer loans, a few per
/// borrower, of which some fall 90+ days into default (the B5 population).
/// </summary>
public sealed class RetailBook(GenerationContext context)
{
    private static readonly (string Product, double Weight, decimal Min, decimal Max, string[] Modes)[] Products =
        [("1", 0.45, 300_000m, 3_000_000m, ["2"]), ("2", 0.05, 500_000m, 5_000_000m, ["2"]), ("3", 0.10, 50_000m, 500_000m, ["2", "3"]),
         ("4", 0.15, 100_000m, 5_000_000m, ["3", "2", "4"]), ("5", 0.02, 8_000m, 50_000m, ["4"]), ("6", 0.18, 10_000m, 300_000m, ["4", "3"]),
         ("7", 0.03, 5_000m, 100_000m, ["4"]), ("8", 0.01, 50_000m, 1_000_000m, ["1"]), ("9", 0.01, 10_000m, 500_000m, ["3"])];

    private (string CustNo, string Name, string IdType, string IdNo)? _lastBorrower;

    public void WriteLoan()
    {
        var ctx = context;
        var borrower = _lastBorrower is { } last && ctx.Chance(0.15) ? last : NewBorrower();
        _lastBorrower = borrower;
        var product = PickProduct();
        var amount = ctx.LogUniform(product.Min, product.Max);
        var first = ctx.Periods.Count > 1 && ctx.Chance(0.03) ? ctx.Random.Number(1, ctx.Periods.Count - 1) : 0;
        var issue = first > 0
            ? ctx.DateBetween(ctx.Periods[first].FirstDay, ctx.Periods[first].DataDate)
            : ctx.DateBetween(ctx.FirstDate.AddYears(product.Product == "1" ? -10 : -3), ctx.FirstDate.AddDays(-1));
        var years = product.Product is "1" or "2" ? ctx.Random.Number(10, 30) : ctx.Random.Number(1, 5);
        var maturity = issue.AddYears(years);
        if (maturity <= ctx.LastDate)
        {
            maturity = ctx.LastDate.AddMonths(ctx.Random.Number(1, 24));
        }

        var receipt = ctx.Next("GD", 12);
        var branch = ctx.Branches.Managing(ctx.Random);
        ctx.Tables.Retail.Add(receipt, ctx.Next("GDHT", 12), borrower.CustNo, borrower.Name, borrower.IdType, borrower.IdNo, branch, product.Product,
            ctx.Pick(product.Modes), "CNY", amount, issue, maturity);
        WriteMonthEnds(receipt, branch, amount, first);
    }

    /// <summary>Arrears grow by the days of each month; the class follows the days past due.</summary>
    private void WriteMonthEnds(string receipt, string branch, decimal amount, int first)
    {
        var ctx = context;
        var balance = first == 0 ? Money.RoundHalfUp(amount * (decimal)ctx.Random.Double(0.3, 1.0), 2) : amount;
        var days = first == 0 ? ctx.Random.Double() switch { < 0.03 => ctx.Random.Number(90, 720), < 0.05 => ctx.Random.Number(1, 89), _ => 0 } : 0;
        var cures = ctx.Chance(0.5);
        for (var i = first; i < ctx.Periods.Count; i++)
        {
            if (i > first)
            {
                balance = days > 0 ? balance : Money.RoundHalfUp(balance * 0.99m, 2);
                days = days switch
                {
                    0 => 0,
                    < 90 when cures => 0,
                    _ => days + ctx.Periods[i].DataDate.Day,
                };
            }

            var defaulted = days > 0 ? Money.RoundHalfUp(balance * Math.Min(1m, days / 360m + 0.05m), 2) : 0m;
            var fiveClass = days switch { 0 => "1", < 90 => "2", <= 180 => "3", <= 360 => "4", _ => "5" };
            ctx.Tables.RetailMonthEnd.Add(ctx.Periods[i].DataDate, receipt, balance, defaulted, days, fiveClass);
            ctx.Ledger.Book(i, branch, GeneralLedger.RetailLoans, balance, "CNY");
        }
    }

    private (string Product, double Weight, decimal Min, decimal Max, string[] Modes) PickProduct() =>
        context.PickWeighted([.. Products.Select(p => (p, p.Weight))]);

    private (string CustNo, string Name, string IdType, string IdNo) NewBorrower()
    {
        var ctx = context;
        var custNo = ctx.Next("GR", 10);
        if (ctx.Chance(0.01))
        {
            // A Hong Kong or Macao resident's mainland travel permit: not a resident ID, checked by type only.
            return (custNo, ctx.Names.Person(), "6", "H" + ctx.Random.Number(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture));
        }

        return (custNo, ctx.Names.Person(), "2", ctx.Ids.NextResidentId(ctx.Pick(ctx.DomesticRegions), 1960, 2002));
    }
}
