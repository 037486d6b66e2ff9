SELECT run_id, period, batch, text, written_by, written_at
FROM statements
WHERE run_id = @id
