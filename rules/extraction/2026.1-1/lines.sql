SELECT credit_no, holder_kind, holder_code, currency, limit_amount, start_date, end_date, status
FROM credit_line
