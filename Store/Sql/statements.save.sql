-- One statement per batch: a resubmission replaces the text, the writer and the time.
INSERT INTO statements (run_id, period, batch, text, written_by, written_at)
VALUES (@id, @p, @b, @t, @by, @at)
ON CONFLICT (run_id) DO UPDATE SET text = excluded.text, written_by = excluded.written_by, written_at = excluded.written_at
