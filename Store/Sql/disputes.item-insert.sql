-- An imported item: assigned, not yet answered.
INSERT INTO dispute_items (notice_name, dispute_id, seq, check_code, cust_code, cust_name, part, field, reported_value, same_info_value, conflict_info, previous_value,
                           verify_bank_code, branch_code, unassigned, branch_due, state, result, corrected_value, change_date, explanation, answered_by, override_ids, updated_at)
VALUES (@n, @id, @q, @cc, @cu, @cn, @p, @f, @rv, @sv, @ci, @pv, @vb, @b, @u, @bd, @s, NULL, NULL, NULL, NULL, NULL, NULL, @t)
