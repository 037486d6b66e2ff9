-- Changes an item only while it is still in the state the change starts from (@from): another user's change first makes this one change nothing.
UPDATE dispute_items
SET branch_code = @b, unassigned = @u, state = @s, result = @r, corrected_value = @v, change_date = @d, explanation = @e,
    answered_by = @a, override_ids = @o, updated_at = @t
WHERE notice_name = @n AND dispute_id = @id AND state = @from
