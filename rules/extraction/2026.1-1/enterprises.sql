SELECT cust_code, ent_name, ent_uscc, relation_type
FROM related_enterprise
