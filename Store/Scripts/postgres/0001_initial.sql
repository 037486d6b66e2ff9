-- RiskReporting state store, version 1 (PostgreSQL). Times are UTC ISO-8601 text (yyyy-MM-ddTHH:mm:ss.fffZ).
CREATE TABLE runs (
  run_id          TEXT PRIMARY KEY,
  period          TEXT NOT NULL,
  batch           INTEGER NOT NULL,
  state           TEXT NOT NULL,
  started_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  failure         TEXT,
  ruleset_version TEXT,
  package_name    TEXT,
  package_sha256  TEXT,
  UNIQUE (period, batch)
);
CREATE TABLE period_locks (
  period       TEXT PRIMARY KEY,
  holder       TEXT NOT NULL,
  acquired_at  TEXT NOT NULL,
  lease_until  TEXT NOT NULL
);
CREATE TABLE source_fingerprints (
  run_id       TEXT NOT NULL REFERENCES runs(run_id),
  source_table TEXT NOT NULL,
  row_count    INTEGER NOT NULL,
  digest       TEXT NOT NULL,
  PRIMARY KEY (run_id, source_table)
);
CREATE TABLE snapshot_records (
  run_id       TEXT NOT NULL REFERENCES runs(run_id),
  part         TEXT NOT NULL,
  record_key   TEXT NOT NULL,
  seq          INTEGER NOT NULL,
  fields       TEXT NOT NULL,
  sources      TEXT NOT NULL,
  PRIMARY KEY (run_id, part, seq)
);
CREATE TABLE findings (
  run_id     TEXT NOT NULL REFERENCES runs(run_id),
  rule       TEXT NOT NULL,
  severity   TEXT NOT NULL,
  part       TEXT NOT NULL,
  record_key TEXT NOT NULL,
  field      TEXT NOT NULL,
  value      TEXT NOT NULL,
  branch     TEXT NOT NULL,
  message    TEXT NOT NULL
);
CREATE INDEX findings_by_run ON findings (run_id, rule);
CREATE TABLE explanations (
  explanation_id TEXT PRIMARY KEY,
  period         TEXT NOT NULL,
  rule           TEXT NOT NULL,
  record_key     TEXT NOT NULL,
  text           TEXT NOT NULL,
  carry_forward  INTEGER NOT NULL,
  values_digest  TEXT,
  explained_by   TEXT NOT NULL,
  explained_at   TEXT NOT NULL
);
CREATE TABLE overrides (
  override_id  TEXT PRIMARY KEY,
  period       TEXT NOT NULL,
  part         TEXT NOT NULL,
  record_key   TEXT NOT NULL,
  field        TEXT NOT NULL,
  value        TEXT NOT NULL,
  reason       TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  removed_by   TEXT,
  removed_at   TEXT
);
CREATE TABLE approvals (
  run_id       TEXT PRIMARY KEY REFERENCES runs(run_id),
  approved_by  TEXT NOT NULL,
  approved_at  TEXT NOT NULL,
  outbox_path  TEXT NOT NULL
);
CREATE TABLE users (
  user_name   TEXT PRIMARY KEY,
  role        TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE TABLE dispute_items (
  notice_name    TEXT NOT NULL,
  dispute_id     TEXT NOT NULL,
  seq            INTEGER NOT NULL,
  branch_code    TEXT NOT NULL,
  unassigned     INTEGER NOT NULL,
  state          TEXT NOT NULL,
  fields         TEXT NOT NULL,
  PRIMARY KEY (notice_name, dispute_id)
);
CREATE TABLE audit_entries (
  entry_id    BIGSERIAL PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  subject     TEXT NOT NULL,
  detail      TEXT NOT NULL
);
