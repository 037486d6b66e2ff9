-- The overrides a run applied, as they were then: a later removal does not show.
SELECT o.override_id, o.period, o.part, o.record_key, o.field, o.value, o.reason, o.created_by, o.created_at, NULL, NULL
FROM overrides o
JOIN run_overrides r ON r.override_id = o.override_id
WHERE r.run_id = @id
ORDER BY o.created_at, o.override_id
