namespace RiskReporting.DemoBank.Planting;

public sealed partial class Planter
{
    private PlantedCustomer NewCustomer(PlantSpec? spec = null)
    {
        spec ??= new PlantSpec();
        var ctx = context;
        var region = "310000";
        var code = ctx.Next("KH", 10);
        var name = spec.Name ?? ctx.Names.Company();
        var uscc = spec.Uscc ?? ctx.Ids.NextUscc(region);
        var branch = spec.Branch ?? ctx.Branches.Managing(ctx.Random);
        var loanBranch = spec.LoanBranch ?? branch;
        var opened = Last.DataDate.AddYears(-6);
        ctx.Tables.Customer.Add(code, name, "CORP", uscc, "CHN", region, spec.CustomerClass, "C3011", null, null, "2", branch, opened, null);
        string? representative = null;
        if (spec.LegalRepresentative)
        {
            representative = ctx.Names.Person();
            ctx.Tables.Person.Add(code, "1", representative, "2", ctx.Ids.NextResidentId("310104", 1960, 1985), opened);
        }

        ctx.Tables.Shareholder.Add(code, ctx.Names.Company(), "1", ctx.Ids.NextUscc("110000"), 60.0000m, Last.DataDate.AddYears(-1));
        var yearEnd = new DateOnly(Last.DataDate.Year - 1, 12, 31);
        ctx.Tables.Financials.Add(code, yearEnd, "1", 1_000_000_000m, 500_000_000m);

        var first = spec.InPreviousPeriod || spec.OnlyPreviousPeriod ? LastIndex - 1 : LastIndex;
        var last = spec.OnlyPreviousPeriod ? LastIndex - 1 : LastIndex;
        var start = context.Periods[first].FirstDay;
        string? creditNo = null;
        if (spec.Limit is { } limit)
        {
            creditNo = ctx.Next("SX", 10);
            ctx.Tables.Line.Add(creditNo, "CUST", code, "CNY", limit, start, Last.DataDate.AddYears(2), "ACTIVE");
        }

        var (receipt, contract) = AddLoan(code, creditNo, loanBranch, spec.Loan, first, last, spec.PreviousBalance);
        return new PlantedCustomer(code, name, uscc, branch, loanBranch, creditNo, receipt, contract, representative);
    }

    /// <summary>A CNY general loan on credit (no guarantee) with month-end rows from one period index to another, booked in the ledger.</summary>
    private (string Receipt, string Contract) AddLoan(string customer, string? creditNo, string branch, decimal amount, int first, int last, decimal? firstBalance = null)
    {
        var ctx = context;
        var receipt = ctx.Next("JJ", 12);
        var contract = ctx.Next("HT", 12);
        var issue = ctx.Periods[first].FirstDay;
        ctx.Tables.Loan.Add(receipt, contract, customer, creditNo, branch, "1", "CNY", issue, Last.DataDate.AddYears(2), amount, "4", "C3011", null);
        for (var i = first; i <= last; i++)
        {
            var balance = i == first && firstBalance is { } b ? b : amount;
            ctx.Tables.LoanMonthEnd.Add(ctx.Periods[i].DataDate, receipt, balance, "1", 0m, 0, 0m);
            ctx.Ledger.Book(i, branch, GeneralLedger.CorporateLoans, balance, "CNY");
        }

        return (receipt, contract);
    }

    /// <summary>A group recognised before the last period with the given members ((customer, member type, parent flag)).</summary>
    private string NewGroup(string creditType, params (PlantedCustomer Member, string MemberType, string ParentFlag)[] members)
    {
        var ctx = context;
        var code = ctx.Next("JT", 8);
        var recognised = Last.FirstDay.AddMonths(-3);
        ctx.Tables.Group.Add(code, ctx.Names.Group(), creditType, "310000", members[0].Member.Branch, recognised, null);
        foreach (var (member, memberType, parentFlag) in members)
        {
            ctx.Tables.Member.Add(code, member.Code, memberType, parentFlag, recognised, null);
        }

        return code;
    }
}
