using RiskReporting.Core.Amounts;

namespace RiskReporting.DemoBank.Corporate;

public sealed partial class CorporateBook
{
    private static readonly string[] LoanCurrencies = ["USD", "EUR", "HKD"];

    /// <summary>
    /// The customer's business: loans, off-balance items, bonds and equity, spread over its lines
    /// (own lines and its splits of group lines) and outside any line (WNRSXYW).
    /// </summary>
    /// <param name="mix">LineOnly: nothing outside the lines (the scope-boundary customers). Showcase: at least one of every kind of business.</param>
    public void WriteBusiness(CorporateCustomer customer, IReadOnlyList<CreditLine> lines, CorporateCustomer? guarantorParent = null, BusinessMix mix = BusinessMix.Ordinary)
    {
        var ctx = Ctx;
        var perCustomer = ctx.Profile.LoansPerCustomer;
        var showcase = mix == BusinessMix.Showcase && lines.Count > 0;
        var loans = ctx.Chance(0.07) && !showcase ? 0 : Math.Max(showcase ? 3 : 1, (int)Math.Round(perCustomer * ctx.Random.Double(0.2, 1.8)));
        var offBalance = ctx.Chance(0.25) || showcase ? ctx.Random.Number(1, 3) : 0;
        var bond = showcase || (lines.Count > 0 && customer.CustomerClass is "A1" or "A2" && ctx.Chance(0.05));
        var equity = showcase || (lines.Count > 0 && customer.CustomerClass == "A1" && ctx.Chance(0.03));

        // Several items of one line share its usable amount by weight.
        var underLine = new List<(CreditLine Line, Action<decimal> Write)>();
        for (var i = 0; i < loans; i++)
        {
            var outsideLines = mix != BusinessMix.LineOnly && (showcase ? i == 0 : lines.Count == 0 || ctx.Chance(0.15));
            if (!outsideLines && lines.Count > 0)
            {
                var line = ctx.Pick(lines);
                underLine.Add((line, amount => WriteLoan(customer, line.CreditNo, line.Currency, amount, guarantorParent)));
            }
            else if (outsideLines)
            {
                var currency = ctx.Chance(0.08) || showcase ? ctx.Pick(LoanCurrencies) : "CNY";
                var amount = ctx.LogUniform(200_000m, 30_000_000m) / (currency == "CNY" ? 1m : 7m);
                WriteLoan(customer, null, currency, Math.Round(amount / 100m, 0) * 100m, guarantorParent);
            }
        }

        for (var i = 0; i < offBalance; i++)
        {
            if (lines.Count > 0 && (ctx.Chance(0.8) || mix == BusinessMix.LineOnly))
            {
                var line = ctx.Pick(lines);
                underLine.Add((line, amount => WriteOffBalance(customer, line.CreditNo, line.Currency, amount)));
            }
            else if (mix != BusinessMix.LineOnly)
            {
                WriteOffBalance(customer, null, "CNY", ctx.LogUniform(500_000m, 20_000_000m));
            }
        }

        if (bond)
        {
            var line = lines[0];
            underLine.Add((line, amount => WriteBond(customer, ctx.Chance(0.7) ? line.CreditNo : null, line.Currency, amount)));
        }

        if (equity)
        {
            var line = lines[0];
            underLine.Add((line, amount => WriteEquity(customer, line.CreditNo, line.Currency, amount)));
        }

        foreach (var group in underLine.GroupBy(u => u.Line))
        {
            var items = group.ToList();
            var weights = items.Select(_ => ctx.Random.Double(0.3, 1.0)).ToArray();
            var sum = weights.Sum();
            for (var i = 0; i < items.Count; i++)
            {
                var amount = Math.Floor(group.Key.Usable * (decimal)(weights[i] / sum) / 100m) * 100m;
                if (amount >= 10_000m)
                {
                    items[i].Write(amount);
                }
            }
        }
    }

    /// <summary>The period index from which a new item exists, or 0 for business already on the books.</summary>
    private int FirstPeriodIndex(double newShare) =>
        Ctx.Periods.Count > 1 && Ctx.Chance(newShare) ? Ctx.Random.Number(1, Ctx.Periods.Count - 1) : 0;

    /// <summary>The last period index with a row: business repaid in full drops out of later month-ends.</summary>
    private int LastPeriodIndex(int first, double repaidShare) =>
        Ctx.Periods.Count - 1 > first && Ctx.Chance(repaidShare) ? Ctx.Random.Number(first, Ctx.Periods.Count - 2) : Ctx.Periods.Count - 1;

    private DateOnly IssueDate(int firstIndex, DateOnly earliest)
    {
        var ctx = Ctx;
        if (firstIndex > 0)
        {
            var period = ctx.Periods[firstIndex];
            return ctx.DateBetween(period.FirstDay, period.DataDate);
        }

        var from = earliest > ctx.FirstDate.AddYears(-3) ? earliest : ctx.FirstDate.AddYears(-3);
        return ctx.DateBetween(from, ctx.FirstDate.AddDays(-1));
    }

    /// <summary>A monthly repayment path: each month-end a little lower, never above the issue amount.</summary>
    private decimal[] BalancePath(decimal issueAmount, int first, int last, double minStart)
    {
        var ctx = Ctx;
        var path = new decimal[ctx.Periods.Count];
        var balance = first == 0 ? Money.RoundHalfUp(issueAmount * (decimal)ctx.Random.Double(minStart, 1.0), 2) : issueAmount;
        var monthly = ctx.Random.Double(0, 0.02);
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                var months = MonthsBetween(ctx.Periods[i - 1], ctx.Periods[i]);
                balance = Money.RoundHalfUp(balance * (decimal)Math.Pow(1 - monthly, months), 2);
            }

            path[i] = balance;
        }

        return path;
    }

    private static int MonthsBetween(Core.Periods.ReportingPeriod from, Core.Periods.ReportingPeriod to) =>
        (to.Year * 12 + to.Month) - (from.Year * 12 + from.Month);
}
