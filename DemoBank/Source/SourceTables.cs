using Microsoft.Data.Sqlite;

namespace RiskReporting.DemoBank.Source;

/// <summary>A prepared writer for every table of the reference source schema.</summary>
public sealed class SourceTables : IDisposable
{
    public SourceTables(SqliteTransaction transaction)
    {
        Branch = new(transaction, "branch", "branch_code", "bank_code", "branch_name", "parent_code", "region_code");
        Customer = new(transaction, "customer", "cust_code", "cust_name", "cust_kind", "uscc", "country", "region_code", "cust_class", "industry", "fi_code", "fi_category", "related_flag", "branch_code", "opened_on", "closed_on");
        Financials = new(transaction, "customer_financials", "cust_code", "fs_date", "fs_type", "total_assets", "total_liabilities");
        Group = new(transaction, "customer_group", "group_code", "group_name", "credit_type", "region_code", "branch_code", "recognised_on", "dissolved_on");
        Member = new(transaction, "group_member", "group_code", "cust_code", "member_type", "parent_flag", "joined_on", "left_on");
        Person = new(transaction, "related_person", "cust_code", "relation_type", "person_name", "id_type", "id_no", "updated_on");
        Shareholder = new(transaction, "shareholder", "cust_code", "holder_name", "holder_id_type", "holder_id_no", "share_ratio", "structure_date");
        Enterprise = new(transaction, "related_enterprise", "cust_code", "ent_name", "ent_uscc", "relation_type");
        Line = new(transaction, "credit_line", "credit_no", "holder_kind", "holder_code", "currency", "limit_amount", "start_date", "end_date", "status");
        Split = new(transaction, "credit_line_split", "credit_no", "cust_code", "limit_amount");
        Loan = new(transaction, "loan", "receipt_no", "contract_no", "cust_code", "credit_no", "branch_code", "loan_type", "currency", "issue_date", "maturity_date", "issue_amount", "guar_mode", "industry", "policy_type");
        LoanMonthEnd = new(transaction, "loan_month_end", "as_of", "receipt_no", "balance", "five_class", "overdue_principal", "overdue_days", "overdue_interest");
        Bond = new(transaction, "bond_holding", "holding_no", "bond_code", "cust_code", "credit_no", "branch_code", "bond_type", "currency", "issue_date", "maturity_date", "account_type");
        BondMonthEnd = new(transaction, "bond_month_end", "as_of", "holding_no", "face_value", "book_balance");
        Equity = new(transaction, "equity_holding", "holding_no", "cust_code", "credit_no", "branch_code", "currency");
        EquityMonthEnd = new(transaction, "equity_month_end", "as_of", "holding_no", "book_balance");
        OffBalance = new(transaction, "off_balance", "biz_no", "contract_no", "cust_code", "credit_no", "branch_code", "offbal_type", "currency", "start_date", "end_date");
        OffBalanceMonthEnd = new(transaction, "off_balance_month_end", "as_of", "biz_no", "balance", "margin");
        Guarantee = new(transaction, "guarantee_contract", "guar_contract_no", "guar_contract_type", "guarantor_name", "guarantor_id_type", "guarantor_id_no", "currency", "guarantee_value", "third_party");
        GuaranteeLink = new(transaction, "guarantee_link", "guar_contract_no", "contract_no");
        Signal = new(transaction, "risk_signal", "cust_code", "signal_code", "raised_on", "cleared_on");
        Retail = new(transaction, "retail_loan", "receipt_no", "contract_no", "cust_no", "borrower_name", "id_type", "id_no", "branch_code", "product", "guar_mode", "currency", "issue_amount", "issue_date", "maturity_date");
        RetailMonthEnd = new(transaction, "retail_month_end", "as_of", "receipt_no", "balance", "default_amount", "default_days", "five_class");
        FxRate = new(transaction, "fx_rate", "rate_date", "currency", "cny_per_unit");
        GlBalance = new(transaction, "gl_balance", "as_of", "branch_code", "subject_code", "balance_cny");
    }

    public TableWriter Branch { get; }
    public TableWriter Customer { get; }
    public TableWriter Financials { get; }
    public TableWriter Group { get; }
    public TableWriter Member { get; }
    public TableWriter Person { get; }
    public TableWriter Shareholder { get; }
    public TableWriter Enterprise { get; }
    public TableWriter Line { get; }
    public TableWriter Split { get; }
    public TableWriter Loan { get; }
    public TableWriter LoanMonthEnd { get; }
    public TableWriter Bond { get; }
    public TableWriter BondMonthEnd { get; }
    public TableWriter Equity { get; }
    public TableWriter EquityMonthEnd { get; }
    public TableWriter OffBalance { get; }
    public TableWriter OffBalanceMonthEnd { get; }
    public TableWriter Guarantee { get; }
    public TableWriter GuaranteeLink { get; }
    public TableWriter Signal { get; }
    public TableWriter Retail { get; }
    public TableWriter RetailMonthEnd { get; }
    public TableWriter FxRate { get; }
    public TableWriter GlBalance { get; }

    private IEnumerable<TableWriter> All =>
        [Branch, Customer, Financials, Group, Member, Person, Shareholder, Enterprise, Line, Split, Loan, LoanMonthEnd, Bond, BondMonthEnd,
         Equity, EquityMonthEnd, OffBalance, OffBalanceMonthEnd, Guarantee, GuaranteeLink, Signal, Retail, RetailMonthEnd, FxRate, GlBalance];

    public IReadOnlyDictionary<string, long> RowCounts => All.ToDictionary(t => t.Table, t => t.Rows, StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var table in All)
        {
            table.Dispose();
        }
    }
}
