using RiskReporting.Core.Identifiers;

namespace RiskReporting.DemoBank.Planting;

public sealed partial class Planter
{
    private string D => Text(Last.DataDate);

    private void PlantBasicRules()
    {
        var c = NewCustomer();
        Sql("UPDATE loan_month_end SET five_class = NULL WHERE receipt_no = $1 AND as_of = $2", c.Receipt, D);
        Planted("JBL-001", "B1P3", c.Receipt);

        c = NewCustomer(new PlantSpec { Name = new string('华', 98) + "有限公司" });
        Planted("JBL-002", "B3P1", c.Code);

        c = NewCustomer();
        Sql("UPDATE loan SET loan_type = '9' WHERE receipt_no = $1", c.Receipt);
        Planted("JBL-003", "B1P3", c.Receipt);

        var valid = context.Ids.NextUscc("310000");
        var wrongCheck = Uscc.Charset[(Uscc.Charset.IndexOf(valid[17], StringComparison.Ordinal) + 1) % Uscc.Charset.Length];
        c = NewCustomer(new PlantSpec { Uscc = valid[..17] + wrongCheck });
        Planted("JBL-004", "B3P1", c.Code);

        c = NewCustomer();
        Sql("UPDATE related_person SET id_no = substr(id_no, 1, 17) || CASE WHEN substr(id_no, 18, 1) = '1' THEN '2' ELSE '1' END WHERE cust_code = $1 AND relation_type = '1'", c.Code);
        Planted("JBL-005", "B3P2", c.Code, "1", c.LegalRepresentative!);

        // A branch whose statistics code was keyed in lower case: the managing branch's BANK_CODE is malformed.
        context.Tables.Branch.Add("999999", "b0001B99000000001", "测试支行", BranchNetwork.HeadOffice, "310000");
        c = NewCustomer(new PlantSpec { Branch = "999999", LoanBranch = context.Branches.Managing(context.Random) });
        Planted("JBL-006", "B3P1", c.Code);

        c = NewCustomer();
        Sql("UPDATE loan SET issue_date = $1 WHERE receipt_no = $2", Last.DataDate.AddDays(1), c.Receipt);
        Planted("JBL-007", "B1P3", c.Receipt);

        c = NewCustomer();
        var bizNo = context.Next("BW", 12);
        context.Tables.OffBalance.Add(bizNo, context.Next("BWHT", 10), c.Code, c.CreditNo, c.Branch, "1", "CNY", Last.FirstDay, Last.DataDate.AddYears(1));
        context.Tables.OffBalanceMonthEnd.Add(Last.DataDate, bizNo, 5_000_000m, -1_000_000m);
        context.Ledger.Book(LastIndex, c.Branch, GeneralLedger.OffBalance, 5_000_000m, "CNY");
        Planted("JBL-008", "B1P6", bizNo);

        c = NewCustomer(new PlantSpec { Name = "北京☆星辰贸易有限公司" });
        Planted("JBL-009", "B3P1", c.Code);

        c = NewCustomer();
        Sql("UPDATE related_person SET id_type = '12' WHERE cust_code = $1 AND relation_type = '1'", c.Code);
        Planted("JBL-010", "B3P2", c.Code, "1", c.LegalRepresentative!);
    }

    private void PlantUniquenessRules()
    {
        var shared = context.Ids.NextUscc("310000");
        var first = NewCustomer(new PlantSpec { Uscc = shared });
        var second = NewCustomer(new PlantSpec { Uscc = shared });
        Planted("WYX-001", "B3P1", first.Code);
        Planted("WYX-001", "B3P1", second.Code);

        var fiCode = context.Ids.NextFiCode();
        foreach (var name in new[] { "泉州银行股份有限公司", "泉州农村商业银行股份有限公司" })
        {
            var code = context.Next("TY", 10);
            context.Tables.Customer.Add(code, name, "FI", context.Ids.NextUscc("350000"), "CHN", "350000", null, null, fiCode, "5", "2", BranchNetwork.HeadOffice, Last.DataDate.AddYears(-8), null);
            AddLedgerDeal(code, name, "01", 200_000_000m);
            Planted("WYX-002", "B1P7", code);
        }

        first = NewCustomer();
        second = NewCustomer();
        Sql("UPDATE loan SET contract_no = $1 WHERE receipt_no = $2", first.Contract, second.Receipt);
        Planted("WYX-003", "B1P3", first.Receipt);
        Planted("WYX-003", "B1P3", second.Receipt);

        var parent = NewCustomer();
        var member = NewCustomer();
        var group = NewGroup("1", (parent, "1", "1"), (member, "2", "2"));
        context.Tables.Member.Add(group, member.Code, "2", "2", Last.FirstDay.AddMonths(-2), null);
        Planted("WYX-004", "B2P3", group, member.Code);
    }

    private void PlantCompletenessRules()
    {
        var c = NewCustomer();
        var expired = context.Next("SX", 10);
        context.Tables.Line.Add(expired, "CUST", c.Code, "CNY", 10_000_000m, Last.DataDate.AddYears(-3), Last.DataDate.AddYears(-1), "ACTIVE");
        var (receipt, _) = AddLoan(c.Code, expired, c.Branch, 5_000_000m, LastIndex, LastIndex);
        Planted("WZX-001", "B1P3", receipt);

        var holder = NewCustomer();
        var borrower = NewCustomer();
        (receipt, _) = AddLoan(borrower.Code, holder.CreditNo, borrower.Branch, 2_000_000m, LastIndex, LastIndex);
        Planted("WZX-002", "B1P3", receipt);

        var parent = NewCustomer();
        var member = NewCustomer();
        var outsider = NewCustomer();
        var group = NewGroup("1", (parent, "1", "1"), (member, "2", "2"));
        var line = context.Next("JTSX", 10);
        context.Tables.Line.Add(line, "GROUP", group, "CNY", 100_000_000m, Last.FirstDay, Last.DataDate.AddYears(2), "ACTIVE");
        context.Tables.Split.Add(line, parent.Code, 40_000_000m);
        context.Tables.Split.Add(line, outsider.Code, 40_000_000m);
        Planted("WZX-003", "B1P2", group, line, outsider.Code);
    }
}
