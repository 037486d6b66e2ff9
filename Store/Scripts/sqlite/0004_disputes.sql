-- Consistency disputes (disputes.md): the notices received, their items with the branch answering each,
-- every state change, and the evidence files (stored by SM3 digest under the evidence store folder).
-- The placeholder dispute_items of version 1 never held rows; it is replaced by the full table.
DROP TABLE dispute_items;
CREATE TABLE dispute_notices (
  notice_name  TEXT PRIMARY KEY,
  period       TEXT NOT NULL,
  batch        INTEGER NOT NULL,
  round        INTEGER NOT NULL,
  notice_date  TEXT NOT NULL,
  due_date     TEXT NOT NULL,
  item_count   INTEGER NOT NULL,
  content_sm3  TEXT NOT NULL,
  imported_by  TEXT NOT NULL,
  imported_at  TEXT NOT NULL
);
CREATE TABLE dispute_items (
  notice_name      TEXT NOT NULL REFERENCES dispute_notices(notice_name),
  dispute_id       TEXT NOT NULL,
  seq              INTEGER NOT NULL,
  check_code       TEXT NOT NULL,
  cust_code        TEXT NOT NULL,
  cust_name        TEXT NOT NULL,
  part             TEXT NOT NULL,
  field            TEXT NOT NULL,
  reported_value   TEXT NOT NULL,
  same_info_value  TEXT NOT NULL,
  conflict_info    TEXT NOT NULL,
  previous_value   TEXT NOT NULL,
  verify_bank_code TEXT NOT NULL,
  branch_code      TEXT NOT NULL,
  unassigned       INTEGER NOT NULL,
  branch_due       TEXT NOT NULL,
  state            TEXT NOT NULL,
  result           TEXT,
  corrected_value  TEXT,
  change_date      TEXT,
  explanation      TEXT,
  answered_by      TEXT,
  override_ids     TEXT,
  updated_at       TEXT NOT NULL,
  PRIMARY KEY (notice_name, dispute_id)
);
CREATE INDEX dispute_items_by_branch ON dispute_items (branch_code, state);
CREATE TABLE dispute_events (
  event_id     INTEGER PRIMARY KEY AUTOINCREMENT,
  notice_name  TEXT NOT NULL,
  dispute_id   TEXT NOT NULL,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  from_state   TEXT,
  to_state     TEXT NOT NULL,
  reason       TEXT NOT NULL
);
CREATE INDEX dispute_events_by_item ON dispute_events (notice_name, dispute_id);
CREATE TABLE evidence_files (
  notice_name    TEXT NOT NULL,
  dispute_id     TEXT NOT NULL,
  seq            INTEGER NOT NULL,
  sm3            TEXT NOT NULL,
  original_name  TEXT NOT NULL,
  kind           TEXT NOT NULL,
  bytes          BIGINT NOT NULL,
  uploaded_by    TEXT NOT NULL,
  uploaded_at    TEXT NOT NULL,
  PRIMARY KEY (notice_name, dispute_id, seq)
);
-- Who manages each customer and group at D, and each branch's bank_code: a dispute item goes to the
-- managing branch of the customer as the disputed batch reported it.
CREATE TABLE snapshot_branches (
  run_id       TEXT NOT NULL REFERENCES runs(run_id),
  branch_code  TEXT NOT NULL,
  bank_code    TEXT NOT NULL,
  head_office  INTEGER NOT NULL,
  PRIMARY KEY (run_id, branch_code)
);
CREATE TABLE snapshot_managers (
  run_id         TEXT NOT NULL REFERENCES runs(run_id),
  customer_code  TEXT NOT NULL,
  branch_code    TEXT NOT NULL,
  PRIMARY KEY (run_id, customer_code)
);
