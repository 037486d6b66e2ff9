using RiskReporting.Core.Amounts;

namespace RiskReporting.DemoBank.Corporate;

public sealed partial class CorporateBook
{
    private string PickLoanType() =>
        Ctx.PickWeighted(("1", 0.72), ("2", 0.08), ("3", 0.12), ("4", 0.02), ("5", 0.04), ("6", 0.02));

    private string PickGuaranteeMode() =>
        Ctx.PickWeighted(("1", 0.10), ("2", 0.35), ("3", 0.35), ("4", 0.20));

    private void WriteLoan(CorporateCustomer customer, string? creditNo, string currency, decimal issueAmount, CorporateCustomer? guarantorParent)
    {
        var ctx = Ctx;
        var first = FirstPeriodIndex(0.02);
        var last = LastPeriodIndex(first, 0.015);
        var loanType = PickLoanType();
        var issueDate = IssueDate(first, customer.OpenedOn);
        if (loanType == "2" && first == 0)
        {
            issueDate = ctx.DateBetween(ctx.FirstDate.AddMonths(-5), ctx.FirstDate.AddDays(-1));
        }

        var maturity = loanType == "2"
            ? Later(issueDate.AddMonths(ctx.Random.Number(6, 12)), ctx.LastDate.AddDays(20))
            : Later(issueDate.AddMonths(ctx.Random.Number(12, 60)), ctx.LastDate.AddMonths(2));
        var guarMode = loanType == "2" ? null : PickGuaranteeMode();
        var receipt = ctx.Next("JJ", 12);
        var contract = ctx.Next("HT", 12);
        var branch = ctx.Chance(0.85) ? customer.Branch : ctx.Branches.Any(ctx.Random);
        var industry = ctx.Chance(0.85) || customer.Overseas ? customer.Industry : ctx.Pick(ctx.Industries);
        if (customer.Overseas)
        {
            industry = ctx.Pick(ctx.Industries); // the source keeps the real use; the report masks it as 99999
        }

        var policy = ctx.Random.Double() switch { < 0.08 => "1", < 0.11 => "2", < 0.12 => "3", _ => null };
        ctx.Tables.Loan.Add(receipt, contract, customer.Code, creditNo, branch, loanType, currency, issueDate, maturity, issueAmount, guarMode, industry, policy);
        WriteLoanMonthEnds(receipt, branch, loanType == "2" ? GeneralLedger.Discounts : GeneralLedger.CorporateLoans, currency, issueAmount, first, last);
        if (guarMode is "1" or "2" or "3")
        {
            WriteGuarantee(customer, contract, guarMode, issueAmount, currency, guarantorParent);
        }
    }

    /// <summary>
    /// Five-category class and arrears stay consistent with each other at every month-end: arrears over
    /// 90 days only on non-performing loans (LJX-003), any arrears never on class 1 (TS-DQ-007).
    /// </summary>
    private void WriteLoanMonthEnds(string receipt, string branch, string subject, string currency, decimal issueAmount, int first, int last)
    {
        var ctx = Ctx;
        var path = BalancePath(issueAmount, first, last, 0.35);
        var quality = ctx.Random.Double() switch { < 0.93 => 1, < 0.97 => 2, _ => ctx.Random.Number(3, 5) };
        var overdueDays = quality >= 3 ? ctx.Random.Number(91, 400) : 0;
        for (var i = first; i <= last; i++)
        {
            var balance = path[i];
            var (prin, days, interest) = quality switch
            {
                1 => (0m, 0, 0m),
                2 => (Money.RoundHalfUp(balance * (decimal)ctx.Random.Double(0.01, 0.1), 2), ctx.Random.Number(1, 60), Money.RoundHalfUp(balance * 0.004m, 2)),
                _ => (Money.RoundHalfUp(balance * (decimal)ctx.Random.Double(0.3, 1.0), 2), overdueDays + (i - first) * 30, Money.RoundHalfUp(balance * 0.02m, 2)),
            };
            ctx.Tables.LoanMonthEnd.Add(ctx.Periods[i].DataDate, receipt, balance, quality.ToString(System.Globalization.CultureInfo.InvariantCulture), prin, days, interest);
            ctx.Ledger.Book(i, branch, subject, balance, currency);
        }
    }

    private void WriteOffBalance(CorporateCustomer customer, string? creditNo, string currency, decimal amount)
    {
        var ctx = Ctx;
        var first = FirstPeriodIndex(0.03);
        var last = LastPeriodIndex(first, 0.03);
        var type = ctx.Random.Double() switch { < 0.45 => "1", < 0.55 => "2", < 0.65 => "3", < 0.85 => "4", < 0.95 => "5", _ => "6" };
        var start = IssueDate(first, customer.OpenedOn);
        if (first == 0)
        {
            start = ctx.DateBetween(ctx.FirstDate.AddMonths(-11), ctx.FirstDate.AddDays(-1));
        }

        var end = Later(start.AddMonths(ctx.Random.Number(6, 24)), ctx.LastDate.AddMonths(1));
        var bizNo = ctx.Next("BW", 12);
        var contract = ctx.Next("BWHT", 10);
        var branch = ctx.Chance(0.85) ? customer.Branch : ctx.Branches.Any(ctx.Random);
        ctx.Tables.OffBalance.Add(bizNo, contract, customer.Code, creditNo, branch, type, currency, start, end);
        var marginShare = type switch { "1" => ctx.Random.Double(0.3, 1.0), "2" => ctx.Random.Double(0.1, 0.3), "5" => 0, _ => ctx.Random.Double(0, 0.2) };
        var path = BalancePath(amount, first, last, 0.6);
        for (var i = first; i <= last; i++)
        {
            ctx.Tables.OffBalanceMonthEnd.Add(ctx.Periods[i].DataDate, bizNo, path[i], Money.RoundHalfUp(path[i] * (decimal)marginShare, 2));
            ctx.Ledger.Book(i, branch, GeneralLedger.OffBalance, path[i], currency);
        }

        if (ctx.Chance(0.4))
        {
            WriteGuarantee(customer, contract, "3", amount, currency, null);
        }
    }

    private void WriteBond(CorporateCustomer customer, string? creditNo, string currency, decimal amount)
    {
        var ctx = Ctx;
        var face = Math.Floor(amount / 1.03m / 100m) * 100m;
        var holding = ctx.Next("ZQ", 10);
        var issue = ctx.DateBetween(ctx.FirstDate.AddYears(-3), ctx.FirstDate.AddDays(-1));
        ctx.Tables.Bond.Add(holding, ctx.Random.Number(100_000_000, 199_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture), customer.Code, creditNo,
            BranchNetwork.HeadOffice, ctx.Random.Number(1, 7).ToString(System.Globalization.CultureInfo.InvariantCulture), currency, issue,
            Later(issue.AddYears(ctx.Random.Number(3, 10)), ctx.LastDate.AddMonths(3)), ctx.Chance(0.7) ? "1" : "2");
        for (var i = 0; i < ctx.Periods.Count; i++)
        {
            ctx.Tables.BondMonthEnd.Add(ctx.Periods[i].DataDate, holding, face, Money.RoundHalfUp(face * (decimal)ctx.Random.Double(0.97, 1.03), 2));
        }
    }

    private void WriteEquity(CorporateCustomer customer, string creditNo, string currency, decimal amount)
    {
        var ctx = Ctx;
        var holding = ctx.Next("GQ", 10);
        ctx.Tables.Equity.Add(holding, customer.Code, creditNo, BranchNetwork.HeadOffice, currency);
        var book = Math.Floor(amount * 0.9m / 100m) * 100m;
        for (var i = 0; i < ctx.Periods.Count; i++)
        {
            ctx.Tables.EquityMonthEnd.Add(ctx.Periods[i].DataDate, holding, Money.RoundHalfUp(book * (decimal)ctx.Random.Double(0.95, 1.0), 2));
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
