-- The first user, inserted only while the registry is empty (users init).
INSERT INTO users (user_name, role, created_at, password_hash)
SELECT CAST(@n AS TEXT), CAST(@r AS TEXT), CAST(@t AS TEXT), CAST(@h AS TEXT)
WHERE NOT EXISTS (SELECT 1 FROM users)
