SELECT user_name, role, created_at
FROM users
