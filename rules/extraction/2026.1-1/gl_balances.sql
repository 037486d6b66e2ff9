SELECT branch_code, subject_code, balance_cny
FROM gl_balance
WHERE as_of = @d
