-- Handover when staff change (issue #18, 客户信息统计制度 第13–16条): the 交接清单 an admin made from what the old
-- user held, its PDF, and the new user's acknowledgement. Each item a handover moves keeps its author (history
-- keeps who did what) and gets a holder, the user now answerable for it.
CREATE TABLE handovers (
  handover_id      TEXT PRIMARY KEY,
  from_user        TEXT NOT NULL REFERENCES users(user_name),
  to_user          TEXT NOT NULL REFERENCES users(user_name),
  made_by          TEXT NOT NULL,
  made_at          TEXT NOT NULL,
  pdf_path         TEXT NOT NULL,
  pdf_sha256       TEXT NOT NULL,
  acknowledged_at  TEXT
);
CREATE TABLE handover_items (
  handover_id  TEXT NOT NULL REFERENCES handovers(handover_id),
  seq          INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  item_id      TEXT NOT NULL,
  period       TEXT NOT NULL,
  description  TEXT NOT NULL,
  PRIMARY KEY (handover_id, seq)
);
ALTER TABLE explanations ADD COLUMN held_by TEXT;
ALTER TABLE overrides ADD COLUMN held_by TEXT;
ALTER TABLE statements ADD COLUMN held_by TEXT;
ALTER TABLE dispute_items ADD COLUMN held_by TEXT;
