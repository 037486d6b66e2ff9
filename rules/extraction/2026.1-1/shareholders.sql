SELECT cust_code, holder_name, holder_id_type, holder_id_no, share_ratio, structure_date
FROM shareholder
