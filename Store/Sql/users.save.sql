-- Adds a user, or changes the role of an existing one (the creation time stays the first one).
INSERT INTO users (user_name, role, created_at)
VALUES (@n, @r, @t)
ON CONFLICT (user_name) DO UPDATE SET role = excluded.role
