SELECT override_id, period, part, record_key, field, value, reason, created_by, created_at, removed_by, removed_at
FROM overrides
WHERE period = @p
ORDER BY created_at, override_id
