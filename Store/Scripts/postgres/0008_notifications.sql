-- Notifications (issue #17): a transactional outbox. A notification is inserted in the transaction of the
-- event that raised it, then sent by whichever process runs next (the verb before it exits, the scheduler,
-- the portal), with retries; sent_at is set once delivered, gave_up_at after the last attempt.
-- audience: comma-separated 'operators', 'role:ROLE', 'branch:BRANCH_CODE', resolved against Notifications:* at send time.
CREATE TABLE notifications (
  notification_id BIGSERIAL PRIMARY KEY,
  created_at      TEXT NOT NULL,
  period          TEXT NOT NULL,
  event           TEXT NOT NULL,
  audience        TEXT NOT NULL,
  subject         TEXT NOT NULL,
  body            TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  sent_at         TEXT,
  gave_up_at      TEXT,
  last_error      TEXT
);
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE sent_at IS NULL AND gave_up_at IS NULL;
