SELECT notice_name, period, batch, round, notice_date, due_date, item_count, content_sm3, imported_by, imported_at
FROM dispute_notices
