-- The entries whose subject starts with @p (a LIKE pattern whose wildcards the caller escaped), oldest first.
SELECT at, actor, action, subject, detail
FROM audit_entries
WHERE subject LIKE @p ESCAPE '\'
ORDER BY entry_id
