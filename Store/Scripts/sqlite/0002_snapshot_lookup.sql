-- trace looks records up by part and key.
CREATE INDEX snapshot_records_by_key ON snapshot_records (run_id, part, record_key);
