SELECT o.biz_no, o.contract_no, o.cust_code, o.credit_no, o.branch_code, o.offbal_type, o.currency,
       o.start_date, o.end_date, m.balance, m.margin
FROM off_balance o
JOIN off_balance_month_end m ON m.biz_no = o.biz_no
WHERE m.as_of = @d
