SELECT report, text, written_by, written_at
FROM report_proposals
WHERE report = @r
