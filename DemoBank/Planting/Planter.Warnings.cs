using System.Globalization;
using System.Text;

namespace RiskReporting.DemoBank.Planting;

public sealed partial class Planter
{
    private void PlantCurrentPeriodWarnings()
    {
        var c = NewCustomer(new PlantSpec { CustomerClass = "A1", Limit = 13_000_000_000m, Loan = 11_000_000_000m });
        Planted("TS-DQ-001", "B1P3", c.Receipt);

        c = NewCustomer(new PlantSpec { CustomerClass = "A1", Limit = 120_000_000_000m });
        Planted("TS-DQ-002", "B3P1", c.Code);

        c = NewCustomer(new PlantSpec { CustomerClass = "A3" });
        Sql("UPDATE customer_financials SET total_assets = 6000000000, total_liabilities = 3000000000 WHERE cust_code = $1", c.Code);
        Planted("TS-DQ-003", "B3P1", c.Code);

        c = NewCustomer();
        Sql("UPDATE customer_financials SET total_liabilities = total_assets * 1.2 WHERE cust_code = $1", c.Code);
        Planted("TS-DQ-004", "B3P1", c.Code);

        c = NewCustomer(new PlantSpec { Limit = 60_000_000m, Loan = 70_000_000m });
        Planted("TS-DQ-005", "B1P1", "2", c.Code, c.CreditNo!);

        c = NewCustomer(new PlantSpec { CustomerClass = "A1" });
        Sql("DELETE FROM customer_financials WHERE cust_code = $1", c.Code);
        Planted("TS-DQ-006", "B3P1", c.Code);

        c = NewCustomer();
        Sql("UPDATE loan_month_end SET overdue_days = 10, overdue_principal = 100000 WHERE receipt_no = $1 AND as_of = $2", c.Receipt, D);
        Planted("TS-DQ-007", "B1P3", c.Receipt);

        var group = NewGroup("1", (NewCustomer(), "1", "1"));
        Planted("TS-DQ-008", "B2P1", group);

        c = NewCustomer();
        Sql("UPDATE customer SET closed_on = $1 WHERE cust_code = $2", Last.DataDate.AddDays(-10), c.Code);
        Planted("TS-DQ-009", "B3P1", c.Code);

        c = NewCustomer(new PlantSpec { Name = "上海\u0007星海贸易有限公司" });
        Planted("TS-DQ-010", "B3P1", c.Code);
    }

    /// <summary>Cases against the period before; returns the SQL that plants TS-KQ-001 between the two runs.</summary>
    private string PlantCrossPeriodWarnings()
    {
        var previous = Text(context.Periods[LastIndex - 1].DataDate);
        var c = NewCustomer(new PlantSpec { InPreviousPeriod = true });
        var sql = new StringBuilder()
            .AppendLine("-- Apply to source.db after the period before the last has been run and approved (TS-KQ-001):")
            .AppendLine("-- the core system edits an issued loan's industry in place, so the last period reports it differently.")
            .Append(CultureInfo.InvariantCulture, $"UPDATE loan SET industry = 'K7010' WHERE receipt_no = '{c.Receipt}';").AppendLine();
        Planted("TS-KQ-001", "B1P3", c.Receipt);

        c = NewCustomer(new PlantSpec { InPreviousPeriod = true });
        Sql("UPDATE loan_month_end SET five_class = '4', overdue_days = 120, overdue_principal = 1000000 WHERE receipt_no = $1 AND as_of = $2", c.Receipt, previous);
        Sql("UPDATE loan_month_end SET five_class = '2', overdue_days = 20, overdue_principal = 100000 WHERE receipt_no = $1 AND as_of = $2", c.Receipt, D);
        Planted("TS-KQ-002", "B1P3", c.Receipt);

        c = NewCustomer(new PlantSpec { Limit = 500_000_000m, Loan = 200_000_000m, InPreviousPeriod = true, PreviousBalance = 10_000_000m });
        Planted("TS-KQ-003", "B3P1", c.Code);

        c = NewCustomer(new PlantSpec { Limit = null, Loan = 80_000_000m, OnlyPreviousPeriod = true });
        Planted("TS-KQ-004", "B3P1", c.Code);

        // More than 10 % new customers in scope, and more than 10 % more loan balance, than the period before.
        var added = (int)Math.Ceiling(context.Profile.CorporateCustomers * 0.11);
        for (var i = 0; i < added; i++)
        {
            NewCustomer();
        }

        Planted("TJ-KQ-001", "B3P1");
        var previousLoans = context.Branches.Codes.Sum(b =>
            context.Ledger.BalanceOf(LastIndex - 1, b, GeneralLedger.CorporateLoans) + context.Ledger.BalanceOf(LastIndex - 1, b, GeneralLedger.Discounts));
        var jump = Math.Round(previousLoans * 0.12m / 100m, 0) * 100m;
        NewCustomer(new PlantSpec { CustomerClass = "A1", Limit = jump * 1.5m, Loan = jump });
        Planted("TJ-KQ-002", "B1P3");
        return sql.ToString();
    }
}
