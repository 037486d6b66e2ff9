SELECT branch_code, bank_code
FROM branch
