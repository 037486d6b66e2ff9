SELECT branch_code, bank_code, parent_code, branch_name
FROM branch
