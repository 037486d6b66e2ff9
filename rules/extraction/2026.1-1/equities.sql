SELECT e.holding_no, e.cust_code, e.credit_no, e.branch_code, e.currency, m.book_balance
FROM equity_holding e
JOIN equity_month_end m ON m.holding_no = e.holding_no
WHERE m.as_of = @d
