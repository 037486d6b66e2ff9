SELECT rule, severity, part, record_key, field, value, branch, message
FROM findings
WHERE run_id = @id
ORDER BY rule, part, record_key, field
