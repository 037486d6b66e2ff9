SELECT b.holding_no, b.bond_code, b.cust_code, b.credit_no, b.branch_code, b.bond_type, b.currency,
       b.issue_date, b.maturity_date, b.account_type, m.face_value, m.book_balance
FROM bond_holding b
JOIN bond_month_end m ON m.holding_no = b.holding_no
WHERE m.as_of = @d
