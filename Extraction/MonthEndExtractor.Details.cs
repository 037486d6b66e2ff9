using RiskReporting.Core.Reports;
using RiskReporting.Core.Spill;
using RiskReporting.Extraction.Parts;
using RiskReporting.Extraction.Sources;

namespace RiskReporting.Extraction;

public sealed partial class MonthEndExtractor
{
    private readonly Dictionary<(string Customer, string CreditNo), LineBalances> _balances = [];
    // (contract, customer) of every B1P3 and B1P6 record, sorted so that B4 can join guarantees to borrowers by contract.
    private readonly ExternalSorter<string?[]> _contractBorrowers = new("borrowers", TextRowFormat.ByLeading(2), TextRowFormat.Instance, spill);

    // Pass 1 reads only what the exposures and the ledger bookings need (issue #16); pass 2 reads the rows whole and takes their fingerprints.
    private static readonly string[] LoanExposureColumns = ["balance", "currency", "branch_code", "loan_type", "cust_code", "overdue_principal", "overdue_interest"];
    private static readonly string[] HoldingExposureColumns = ["book_balance", "currency", "cust_code"];
    private static readonly string[] OffBalanceExposureColumns = ["balance", "currency", "branch_code", "cust_code"];

    /// <summary>Pass 1 over the items: every customer's exposure (in scope or not), and the item totals the HN rules compare with the ledger.</summary>
    private Dictionary<string, decimal> ScanExposures()
    {
        var exposures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        void Expose(string customer, decimal amount, string currency) =>
            exposures[customer] = exposures.GetValueOrDefault(customer) + Wan(amount, currency);

        foreach (var r in source.Rows(rules["loans"], LoanExposureColumns))
        {
            var (balance, currency) = (r.Amount("balance"), r.RequiredText("currency"));
            Book(r.RequiredText("branch_code"), r.Text("loan_type") == "2" ? "1302" : "1301", balance, currency);
            if (IsLoanItem(r))
            {
                Expose(r.RequiredText("cust_code"), balance, currency);
            }
        }

        foreach (var r in source.Rows(rules["bonds"], HoldingExposureColumns).Where(r => r.Amount("book_balance") > 0))
        {
            Expose(r.RequiredText("cust_code"), r.Amount("book_balance"), r.RequiredText("currency"));
        }

        foreach (var r in source.Rows(rules["equities"], HoldingExposureColumns).Where(r => r.Amount("book_balance") > 0))
        {
            Expose(r.RequiredText("cust_code"), r.Amount("book_balance"), r.RequiredText("currency"));
        }

        foreach (var r in source.Rows(rules["off_balance"], OffBalanceExposureColumns))
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
        foreach (var (r, c, item) in DetailItems("loans", "balance", IsLoanItem))
        {
            Balances(c.Code, item.Credit).Loan += item.Balance;
            var contract = r.RequiredText("contract_no");
            NoteBorrower(contract, c.Code);
            Add(ReportParts.B1P3, $"loans.sql receipt_no={r.RequiredText("receipt_no")}", c.Code, NameOf(c), item.BankCode, item.Credit, contract, r.RequiredText("receipt_no"),
                Dt(r.Date("issue_date")), Dt(r.Date("maturity_date")), item.Currency, A(Wan(r.Amount("issue_amount"), item.Currency)), A(item.Balance),
                r.Text("five_class"), r.Text("loan_type"), r.Text("guar_mode"), c.Overseas ? "99999" : r.Text("industry"),
                A(Wan(r.Amount("overdue_principal"), item.Currency)), Core.Amounts.MessageFormat.WholeNumber(r.WholeNumber("overdue_days")),
                A(Wan(r.Amount("overdue_interest"), item.Currency)), r.Text("policy_type"));
        }

        foreach (var (r, c, item) in DetailItems("bonds", "book_balance", r => r.Amount("book_balance") > 0))
        {
            Balances(c.Code, item.Credit).Bond += item.Balance;
            Add(ReportParts.B1P4, $"bonds.sql holding_no={r.RequiredText("holding_no")}", c.Code, NameOf(c), item.BankCode, item.Credit, r.RequiredText("holding_no"),
                r.Text("bond_code"), r.Text("bond_type"), item.Currency, A(Wan(r.Amount("face_value"), item.Currency)), A(item.Balance),
                Dt(r.Date("issue_date")), Dt(r.Date("maturity_date")), r.Text("account_type"));
        }

        foreach (var (r, c, item) in DetailItems("equities", "book_balance", r => r.Amount("book_balance") > 0))
        {
            Balances(c.Code, item.Credit).Equity += item.Balance;
            Add(ReportParts.B1P5, $"equities.sql holding_no={r.RequiredText("holding_no")}", c.Code, NameOf(c), item.BankCode, item.Credit, r.RequiredText("holding_no"), item.Currency, A(item.Balance));
        }

        foreach (var (r, c, item) in DetailItems("off_balance", "balance", r => r.Amount("balance") > 0))
        {
            Balances(c.Code, item.Credit).OffBalance += item.Balance;
            var contract = r.RequiredText("contract_no");
            NoteBorrower(contract, c.Code);
            Add(ReportParts.B1P6, $"off_balance.sql biz_no={r.RequiredText("biz_no")}", c.Code, NameOf(c), item.BankCode, r.Text("offbal_type"), item.Credit, contract,
                r.RequiredText("biz_no"), item.Currency, A(item.Balance), A(Wan(r.Amount("margin"), item.Currency)), Dt(r.Date("start_date")), Dt(r.Date("end_date")));
        }
    }

    /// <summary>The items of in-scope customers from one rule query, with what every detail record carries: branch code, line, currency and 万元 balance.</summary>
    private IEnumerable<(SourceRow Row, Model.Customer Customer, DetailItem Item)> DetailItems(string query, string balanceColumn, Func<SourceRow, bool> isItem)
    {
        foreach (var r in source.Rows(rules[query]))
        {
            var customer = r.RequiredText("cust_code");
            if (!_customersInScope.Contains(customer) || !isItem(r))
            {
                continue;
            }

            var currency = r.RequiredText("currency");
            yield return (r, _customers[customer], new DetailItem(BankCode(r.RequiredText("branch_code")), r.Text("credit_no") ?? NoCreditLine, currency, Wan(r.Amount(balanceColumn), currency)));
        }
    }

    private sealed record DetailItem(string BankCode, string Credit, string Currency, decimal Balance);

    private LineBalances Balances(string customer, string creditNo)
    {
        if (!_balances.TryGetValue((customer, creditNo), out var balances))
        {
            _balances[(customer, creditNo)] = balances = new LineBalances();
        }

        return balances;
    }

    private void NoteBorrower(string contract, string customer) => _contractBorrowers.Add([contract, customer]);
}
