SELECT r.receipt_no, r.contract_no, r.cust_no, r.borrower_name, r.id_type, r.id_no, r.branch_code,
       r.product, r.guar_mode, r.currency, r.issue_amount, r.issue_date, r.maturity_date,
       m.balance, m.default_amount, m.default_days, m.five_class
FROM retail_loan r
JOIN retail_month_end m ON m.receipt_no = r.receipt_no
WHERE m.as_of = @d
