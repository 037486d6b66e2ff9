SELECT cust_code, cust_name, cust_kind, uscc, country, region_code, cust_class, industry,
       fi_code, fi_category, related_flag, branch_code, opened_on, closed_on
FROM customer
