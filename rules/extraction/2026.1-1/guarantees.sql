SELECT k.contract_no, g.guar_contract_no, g.guar_contract_type, g.guarantor_name, g.guarantor_id_type,
       g.guarantor_id_no, g.currency, g.guarantee_value, g.third_party
FROM guarantee_link k
JOIN guarantee_contract g ON g.guar_contract_no = k.guar_contract_no
