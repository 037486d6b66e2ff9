using RiskReporting.DemoBank.Interbank;

namespace RiskReporting.DemoBank.Planting;

public sealed partial class Planter
{
    private void PlantLogicRules()
    {
        var c = NewCustomer();
        Sql("UPDATE loan SET maturity_date = date(issue_date, '-1 day') WHERE receipt_no = $1", c.Receipt);
        Planted("LJX-001", "B1P3", c.Receipt);

        c = NewCustomer();
        Sql("UPDATE loan SET issue_amount = 29000000 WHERE receipt_no = $1", c.Receipt);
        Planted("LJX-002", "B1P3", c.Receipt);

        c = NewCustomer();
        Sql("UPDATE loan_month_end SET five_class = '2', overdue_days = 120, overdue_principal = 1000000 WHERE receipt_no = $1 AND as_of = $2", c.Receipt, D);
        Planted("LJX-003", "B1P3", c.Receipt);

        c = NewCustomer();
        context.Tables.Shareholder.Add(c.Code, context.Names.Company(), "1", context.Ids.NextUscc("110000"), 50.0000m, Last.DataDate.AddYears(-1));
        Planted("LJX-004", "B3P1", c.Code);

        c = NewCustomer();
        context.Tables.Shareholder.Add(c.Code, context.Names.Company(), "1", context.Ids.NextUscc("110000"), 10.0000m, Last.DataDate.AddYears(-2));
        Planted("LJX-005", "B3P1", c.Code);

        c = NewCustomer(new PlantSpec { LegalRepresentative = false });
        Planted("LJX-006", "B3P1", c.Code);

        var group = NewGroup("1", (NewCustomer(), "2", "2"), (NewCustomer(), "2", "2"));
        Planted("LJX-007", "B2P1", group);

        var parent = NewCustomer();
        var member = NewCustomer();
        group = NewGroup("1", (parent, "1", "1"), (member, "2", "2"));
        var line = context.Next("JTSX", 10);
        context.Tables.Line.Add(line, "GROUP", group, "CNY", 100_000_000m, Last.FirstDay, Last.DataDate.AddYears(2), "ACTIVE");
        context.Tables.Split.Add(line, parent.Code, 50_000_000m);
        AddLoan(member.Code, line, member.Branch, 10_000_000m, LastIndex, LastIndex);
        Planted("LJX-008", "B1P1", "1", group, line);

        c = NewCustomer();
        Sql("UPDATE customer_financials SET fs_date = $1 WHERE cust_code = $2", new DateOnly(Last.DataDate.Year - 1, 6, 30), c.Code);
        Planted("LJX-009", "B3P1", c.Code);

        c = NewCustomer();
        var guarantee = context.Next("DB", 12);
        context.Tables.Guarantee.Add(guarantee, "1", c.Name, "1", c.Uscc, "CNY", 50_000_000m, "1");
        context.Tables.GuaranteeLink.Add(guarantee, c.Contract);
        Planted("LJX-010", "B4", c.Contract, guarantee);

        // The general ledger of one branch disagrees with its items on every subject (HN-001…HN-004).
        var branch = context.Branches.Codes[^1];
        foreach (var (rule, subject) in new[] { ("HN-001", "1301"), ("HN-002", "1302"), ("HN-003", "1303"), ("HN-004", "7001") })
        {
            context.Ledger.Book(LastIndex, branch, subject, 123.45m, "CNY");
            Planted(rule, "GL", branch);
        }
    }

    private void PlantLedgerRules()
    {
        var corporate = NewCustomer();
        var deal = AddLedgerDeal(corporate.Code, corporate.Name, "02", 30_000_000m);
        Planted("WZX-004", "LEDGER", deal);
    }

    private string AddLedgerDeal(string counterparty, string name, string type, decimal balance)
    {
        var balances = new decimal?[context.Periods.Count];
        balances[LastIndex] = balance;
        var deal = new Deal(context.Next("IB", 10), type, "CNY", Last.FirstDay, Last.DataDate.AddYears(1), BranchNetwork.HeadOffice, balances);
        interbank.AddDeal(new FinancialInstitution(counterparty, name), deal);
        return deal.DealNo;
    }
}
