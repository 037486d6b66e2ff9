-- Month-end rows at D only.
SELECT l.receipt_no, l.contract_no, l.cust_code, l.credit_no, l.branch_code, l.loan_type, l.currency,
       l.issue_date, l.maturity_date, l.issue_amount, l.guar_mode, l.industry, l.policy_type,
       m.balance, m.five_class, m.overdue_principal, m.overdue_days, m.overdue_interest
FROM loan l
JOIN loan_month_end m ON m.receipt_no = l.receipt_no
WHERE m.as_of = @d
