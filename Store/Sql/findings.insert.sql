INSERT INTO findings (run_id, rule, severity, part, record_key, field, value, branch, message, seq)
VALUES (@id, @r, @s, @p, @k, @f, @v, @b, @m, @q)
