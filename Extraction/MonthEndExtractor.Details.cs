using RiskReporting.Core.Reports;
using RiskReporting.Extraction.Parts;
using RiskReporting.Extraction.Sources;

namespace RiskReporting.Extraction;

public sealed partial class MonthEndExtractor
{
    private readonly Dictionary<(string Customer, string CreditNo), LineBalances> _balances = [];
    private readonly Dictionary<string, string> _contractBorrowers = new(StringComparer.Ordinal);

    /// <summary>Pass 1 over the items: every customer's exposure (in scope or not), and the item totals the HN rules compare with the ledger.</summary>
    private Dictionary<string, decimal> ScanExposures()
    {
        var exposures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        void Expose(string customer, decimal amount, string currency) =>
            exposures[customer] = exposures.GetValueOrDefault(customer) + Wan(amount, currency);

        foreach (var r in source.Rows(rules["loans"]))
        {
            var (balance, currency) = (r.Amount("balance"), r.RequiredText("currency"));
            Book(r.RequiredText("branch_code"), r.Text("loan_type") == "2" ? "1302" : "1301", balance, currency);
            if (IsLoanItem(r))
            {
                Expose(r.RequiredText("cust_code"), balance, currency);
            }
        }

        foreach (var r in source.Rows(rules["bonds"]).Where(r => r.Amount("book_balance") > 0))
        {
            Expose(r.RequiredText("cust_code"), r.Amount("book_balance"), r.RequiredText("currency"));
        }

        foreach (var r in source.Rows(rules["equities"]).Where(r => r.Amount("book_balance") > 0))
        {
            Expose(r.RequiredText("cust_code"), r.Amount("book_balance"), r.RequiredText("currency"));
        }

        foreach (var r in source.Rows(rules["off_balance"]))
        {
            var (balance, currency) = (r.Amount("balance"), r.RequiredText("currency"));
            Book(r.RequiredText("branch_code"), "7001", balance, currency);
            if (balance > 0)
            {
                Expose(r.RequiredText("cust_code"), balance, currency);
            }
        }

        return exposures;
    }

    /// <summary>A loan is an item when its balance or its arrears of principal or interest are positive (tested on source amounts).</summary>
    private static bool IsLoanItem(SourceRow r) =>
        r.Amount("balance") > 0 || r.Amount("overdue_principal") > 0 || r.Amount("overdue_interest") > 0;

    /// <summary>Pass 2: the detail records (B1P3–B1P6) of in-scope customers, and the balances of their lines.</summary>
    private void BuildDetails()
    {
        foreach (var r in source.Rows(rules["loans"]))
        {
            var customer = r.RequiredText("cust_code");
            if (!_customersInScope.Contains(customer) || !IsLoanItem(r))
            {
                continue;
            }

            var c = _customers[customer];
            var currency = r.RequiredText("currency");
            var balance = Wan(r.Amount("balance"), currency);
            var credit = r.Text("credit_no") ?? NoCreditLine;
            Balances(customer, credit).Loan += balance;
            var contract = r.RequiredText("contract_no");
            NoteBorrower(contract, customer);
            Add(ReportParts.B1P3, $"loans.sql receipt_no={r.RequiredText("receipt_no")}", customer, NameOf(c), BankCode(r.RequiredText("branch_code")), credit, contract, r.RequiredText("receipt_no"),
                Dt(r.Date("issue_date")), Dt(r.Date("maturity_date")), currency, A(Wan(r.Amount("issue_amount"), currency)), A(balance),
                r.Text("five_class"), r.Text("loan_type"), r.Text("guar_mode"), c.Overseas ? "99999" : r.Text("industry"),
                A(Wan(r.Amount("overdue_principal"), currency)), Core.Amounts.MessageFormat.WholeNumber(r.WholeNumber("overdue_days")),
                A(Wan(r.Amount("overdue_interest"), currency)), r.Text("policy_type"));
        }

        foreach (var r in source.Rows(rules["bonds"]))
        {
            var customer = r.RequiredText("cust_code");
            if (!_customersInScope.Contains(customer) || r.Amount("book_balance") <= 0)
            {
                continue;
            }

            var currency = r.RequiredText("currency");
            var book = Wan(r.Amount("book_balance"), currency);
            var credit = r.Text("credit_no") ?? NoCreditLine;
            Balances(customer, credit).Bond += book;
            Add(ReportParts.B1P4, $"bonds.sql holding_no={r.RequiredText("holding_no")}", customer, NameOf(_customers[customer]), BankCode(r.RequiredText("branch_code")), credit, r.RequiredText("holding_no"),
                r.Text("bond_code"), r.Text("bond_type"), currency, A(Wan(r.Amount("face_value"), currency)), A(book),
                Dt(r.Date("issue_date")), Dt(r.Date("maturity_date")), r.Text("account_type"));
        }

        foreach (var r in source.Rows(rules["equities"]))
        {
            var customer = r.RequiredText("cust_code");
            if (!_customersInScope.Contains(customer) || r.Amount("book_balance") <= 0)
            {
                continue;
            }

            var currency = r.RequiredText("currency");
            var book = Wan(r.Amount("book_balance"), currency);
            var credit = r.Text("credit_no") ?? NoCreditLine;
            Balances(customer, credit).Equity += book;
            Add(ReportParts.B1P5, $"equities.sql holding_no={r.RequiredText("holding_no")}", customer, NameOf(_customers[customer]), BankCode(r.RequiredText("branch_code")), credit, r.RequiredText("holding_no"), currency, A(book));
        }

        foreach (var r in source.Rows(rules["off_balance"]))
        {
            var customer = r.RequiredText("cust_code");
            if (!_customersInScope.Contains(customer) || r.Amount("balance") <= 0)
            {
                continue;
            }

            var currency = r.RequiredText("currency");
            var balance = Wan(r.Amount("balance"), currency);
            var credit = r.Text("credit_no") ?? NoCreditLine;
            Balances(customer, credit).OffBalance += balance;
            var contract = r.RequiredText("contract_no");
            NoteBorrower(contract, customer);
            Add(ReportParts.B1P6, $"off_balance.sql biz_no={r.RequiredText("biz_no")}", customer, NameOf(_customers[customer]), BankCode(r.RequiredText("branch_code")), r.Text("offbal_type"), credit, contract,
                r.RequiredText("biz_no"), currency, A(balance), A(Wan(r.Amount("margin"), currency)), Dt(r.Date("start_date")), Dt(r.Date("end_date")));
        }
    }

    private LineBalances Balances(string customer, string creditNo)
    {
        if (!_balances.TryGetValue((customer, creditNo), out var balances))
        {
            _balances[(customer, creditNo)] = balances = new LineBalances();
        }

        return balances;
    }

    /// <summary>B4's borrower of a contract: with several (WYX-003), the smallest customer code by ordinal comparison.</summary>
    private void NoteBorrower(string contract, string customer)
    {
        if (!_contractBorrowers.TryGetValue(contract, out var known) || string.CompareOrdinal(customer, known) < 0)
        {
            _contractBorrowers[contract] = customer;
        }
    }
}
