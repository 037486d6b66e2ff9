SELECT cust_code, relation_type, person_name, id_type, id_no, updated_on
FROM related_person
