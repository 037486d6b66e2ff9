-- One text per report: writing again replaces the text, the writer and the time.
INSERT INTO report_proposals (report, text, written_by, written_at)
VALUES (@r, @t, @by, @at)
ON CONFLICT (report) DO UPDATE SET text = excluded.text, written_by = excluded.written_by, written_at = excluded.written_at
