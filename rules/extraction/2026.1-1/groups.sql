SELECT group_code, group_name, credit_type, region_code, branch_code, recognised_on, dissolved_on
FROM customer_group
