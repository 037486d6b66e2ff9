-- A user with what authenticating them needs: password hash, disabled flag and lockout counters.
SELECT user_name, role, created_at, password_hash, disabled, failed_logins, locked_until
FROM users
WHERE user_name = @n
