-- Every statement dated on or before D; the engine keeps the latest per customer.
SELECT cust_code, fs_date, fs_type, total_assets, total_liabilities
FROM customer_financials
WHERE fs_date <= @d
