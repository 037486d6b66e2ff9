-- Every finding of a run; seq (the order they were saved in) breaks ties, as in findings.page.
SELECT rule, severity, part, record_key, field, value, branch, message
FROM findings
WHERE run_id = @id
ORDER BY rule, part, record_key, field, seq
