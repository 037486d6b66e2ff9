-- A run's records in chunks (issue #16, ADR 0020): each part in report order, RecordsPerChunk records to a row, the
-- row zstd-compressed, with the order key of its last record for lookups by key. snapshot_records stays for the runs
-- stored before this script, which are read as they were.
CREATE TABLE snapshot_parts (
  run_id        TEXT NOT NULL REFERENCES runs(run_id),
  part          TEXT NOT NULL,
  record_count  INTEGER NOT NULL,
  key_ordered   INTEGER NOT NULL,
  PRIMARY KEY (run_id, part)
);
CREATE TABLE snapshot_chunks (
  run_id        TEXT NOT NULL REFERENCES runs(run_id),
  part          TEXT NOT NULL,
  chunk         INTEGER NOT NULL,
  record_count  INTEGER NOT NULL,
  last_key      BYTEA NOT NULL,
  data          BYTEA NOT NULL,
  PRIMARY KEY (run_id, part, chunk)
);
CREATE INDEX snapshot_chunks_by_last_key ON snapshot_chunks (run_id, part, last_key, chunk);
