-- The monthly 文字说明 (issue #18, 客户信息统计制度 第17–18条): one per batch, replaced when resubmitted,
-- deleted with its run when an unpublished batch is run again (the figures it explains are gone).
CREATE TABLE statements (
  run_id     TEXT PRIMARY KEY,
  period     TEXT NOT NULL,
  batch      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  written_by TEXT NOT NULL,
  written_at TEXT NOT NULL
);
CREATE INDEX statements_by_period ON statements (period, batch);
