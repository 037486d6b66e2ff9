-- The web portal's shared state (ADR 0013), so that any number of portal instances on one store serve the
-- same users: the ASP.NET Core data-protection key ring (which protects the session and antiforgery
-- cookies) and the server-side session tickets. A ticket row holds the serialized, data-protected ticket;
-- the cookie holds only its random id. Times are UTC text like every other table's.
CREATE TABLE portal_keys (
  key_name    TEXT PRIMARY KEY,
  xml         TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE TABLE portal_sessions (
  session_id  TEXT PRIMARY KEY,
  ticket      TEXT NOT NULL,
  expires_at  TEXT NOT NULL,
  renewed_at  TEXT NOT NULL
);
CREATE INDEX portal_sessions_expiry ON portal_sessions (expires_at);
