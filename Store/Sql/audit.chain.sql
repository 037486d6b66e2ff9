-- Every audit entry in row order with its chain columns as stored (NULL seq/hashes read as a broken link).
SELECT entry_id, at, actor, action, subject, detail, COALESCE(seq, 0), COALESCE(prev_hash, ''), COALESCE(entry_hash, '')
FROM audit_entries
ORDER BY entry_id
