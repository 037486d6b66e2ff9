-- How far the audit trail has been written to the log as well (issue #17: every audit event is also a log line).
-- One row: the last chain seq logged. The mirror takes this row's lock, logs the entries after it and moves it,
-- in one transaction, so two processes never log an entry twice and a crash logs it again rather than never.
CREATE TABLE audit_log_cursor (
  id  INTEGER PRIMARY KEY,
  seq BIGINT NOT NULL
);
INSERT INTO audit_log_cursor (id, seq) VALUES (1, 0);
