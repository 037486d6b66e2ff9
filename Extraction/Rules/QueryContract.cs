namespace RiskReporting.Extraction.Rules;

/// <summary>
/// What each extraction rule's query must return: the canonical columns of the reference model, by name
/// (the field mapping is the query's column aliases). The engine derives every report part from these.
/// </summary>
public static class QueryContract
{
    public static IReadOnlyDictionary<string, string[]> Columns { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["branches"] = ["branch_code", "bank_code", "parent_code"],
        ["customers"] = ["cust_code", "cust_name", "cust_kind", "uscc", "country", "region_code", "cust_class", "industry", "fi_code", "fi_category", "related_flag", "branch_code", "opened_on", "closed_on"],
        ["financials"] = ["cust_code", "fs_date", "fs_type", "total_assets", "total_liabilities"],
        ["groups"] = ["group_code", "group_name", "credit_type", "region_code", "branch_code", "recognised_on", "dissolved_on"],
        ["members"] = ["group_code", "cust_code", "member_type", "parent_flag", "joined_on", "left_on"],
        ["persons"] = ["cust_code", "relation_type", "person_name", "id_type", "id_no", "updated_on"],
        ["shareholders"] = ["cust_code", "holder_name", "holder_id_type", "holder_id_no", "share_ratio", "structure_date"],
        ["enterprises"] = ["cust_code", "ent_name", "ent_uscc", "relation_type"],
        ["lines"] = ["credit_no", "holder_kind", "holder_code", "currency", "limit_amount", "start_date", "end_date", "status"],
        ["splits"] = ["credit_no", "cust_code", "limit_amount"],
        ["loans"] = ["receipt_no", "contract_no", "cust_code", "credit_no", "branch_code", "loan_type", "currency", "issue_date", "maturity_date", "issue_amount", "guar_mode", "industry", "policy_type", "balance", "five_class", "overdue_principal", "overdue_days", "overdue_interest"],
        ["bonds"] = ["holding_no", "bond_code", "cust_code", "credit_no", "branch_code", "bond_type", "currency", "issue_date", "maturity_date", "account_type", "face_value", "book_balance"],
        ["equities"] = ["holding_no", "cust_code", "credit_no", "branch_code", "currency", "book_balance"],
        ["off_balance"] = ["biz_no", "contract_no", "cust_code", "credit_no", "branch_code", "offbal_type", "currency", "start_date", "end_date", "balance", "margin"],
        ["guarantees"] = ["contract_no", "guar_contract_no", "guar_contract_type", "guarantor_name", "guarantor_id_type", "guarantor_id_no", "currency", "guarantee_value", "third_party"],
        ["signals"] = ["cust_code", "signal_code"],
        ["retail"] = ["receipt_no", "contract_no", "cust_no", "borrower_name", "id_type", "id_no", "branch_code", "product", "guar_mode", "currency", "issue_amount", "issue_date", "maturity_date", "balance", "default_amount", "default_days", "five_class"],
        ["fx_rates"] = ["currency", "rate_date", "cny_per_unit"],
        ["gl_balances"] = ["branch_code", "subject_code", "balance_cny"],
    };

    /// <summary>
    /// The columns that name a row of each rule in an error (a value that cannot be read): the row's key, but
    /// never a person's name or ID number, which must not reach a log.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> KeyColumns { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["branches"] = ["branch_code"],
        ["customers"] = ["cust_code"],
        ["financials"] = ["cust_code", "fs_date"],
        ["groups"] = ["group_code"],
        ["members"] = ["group_code", "cust_code"],
        ["persons"] = ["cust_code", "relation_type"],
        ["shareholders"] = ["cust_code"],
        ["enterprises"] = ["cust_code", "ent_uscc"],
        ["lines"] = ["credit_no"],
        ["splits"] = ["credit_no", "cust_code"],
        ["loans"] = ["receipt_no"],
        ["bonds"] = ["holding_no"],
        ["equities"] = ["holding_no"],
        ["off_balance"] = ["biz_no"],
        ["guarantees"] = ["contract_no", "guar_contract_no"],
        ["signals"] = ["cust_code", "signal_code"],
        ["retail"] = ["receipt_no"],
        ["fx_rates"] = ["currency", "rate_date"],
        ["gl_balances"] = ["branch_code", "subject_code"],
    };
}
