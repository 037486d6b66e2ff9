SELECT credit_no, cust_code, limit_amount
FROM credit_line_split
