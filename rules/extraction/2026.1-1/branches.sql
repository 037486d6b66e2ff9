SELECT branch_code, bank_code, parent_code
FROM branch
