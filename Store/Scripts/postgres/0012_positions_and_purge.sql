-- Approved destruction (issue #18, 客户信息统计制度 第10条): a user's position (客户信息主管, 部门经理, 总经理), which an
-- admin sets beside the role; a purge request lists the items past retention with their SHA-256 as planned, each
-- step of the approval chain is one row (a different user per step), and the request records its execution.
ALTER TABLE users ADD COLUMN position TEXT;
CREATE TABLE purge_requests (
  purge_id      TEXT PRIMARY KEY,
  requested_by  TEXT NOT NULL,
  requested_at  TEXT NOT NULL,
  executed_by   TEXT,
  executed_at   TEXT
);
CREATE TABLE purge_items (
  purge_id  TEXT NOT NULL REFERENCES purge_requests(purge_id),
  seq       INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  target    TEXT NOT NULL,
  run_id    TEXT,
  age_days  INTEGER NOT NULL,
  sha256    TEXT NOT NULL,
  PRIMARY KEY (purge_id, seq)
);
CREATE TABLE purge_approvals (
  purge_id     TEXT NOT NULL REFERENCES purge_requests(purge_id),
  step         INTEGER NOT NULL,
  position     TEXT NOT NULL,
  approved_by  TEXT NOT NULL,
  approved_at  TEXT NOT NULL,
  PRIMARY KEY (purge_id, step),
  UNIQUE (purge_id, approved_by)
);
