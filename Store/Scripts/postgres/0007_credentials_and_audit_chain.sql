-- Issue #14: who did what, proven. Users get credentials (an ASP.NET Core Identity PasswordHasher hash, or
-- none for a user the bank's directory authenticates), a disabled flag and the lockout counters; CLI and
-- portal sessions are kept by the SM3 of their token only; every audit entry joins an SM3 hash chain
-- (seq = its place in the chain, prev_hash = the hash of the entry before, entry_hash = SM3(prev_hash ||
-- canonical bytes)), whose head is kept in audit_chain_head. Entries written before this version are
-- chained by the engine right after this script (StateStore.SealUnchainedAsync).
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
CREATE TABLE sessions (
  token_sm3   TEXT PRIMARY KEY,
  user_name   TEXT NOT NULL REFERENCES users(user_name),
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL,
  revoked_at  TEXT
);
CREATE INDEX sessions_by_user ON sessions (user_name);
ALTER TABLE audit_entries ADD COLUMN seq BIGINT;
ALTER TABLE audit_entries ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_entries ADD COLUMN entry_hash TEXT;
CREATE TABLE audit_chain_head (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  seq         BIGINT NOT NULL,
  entry_hash  TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, seq, entry_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
