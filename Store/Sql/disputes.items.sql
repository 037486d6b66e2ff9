SELECT notice_name, dispute_id, seq, check_code, cust_code, cust_name, part, field, reported_value, same_info_value, conflict_info, previous_value,
       verify_bank_code, branch_code, unassigned, branch_due, state, result, corrected_value, change_date, explanation, answered_by, override_ids, updated_at
FROM dispute_items
