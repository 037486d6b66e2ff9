INSERT INTO overrides (override_id, period, part, record_key, field, value, reason, created_by, created_at)
VALUES (@id, @p, @part, @k, @f, @v, @r, @b, @a)
