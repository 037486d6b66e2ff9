-- A record of a run by part and key (the first in report order, should a key repeat).
SELECT fields, sources
FROM snapshot_records
WHERE run_id = @id AND part = @part AND record_key = @key
ORDER BY seq
LIMIT 1
