INSERT INTO explanations (explanation_id, period, rule, record_key, text, carry_forward, values_digest, explained_by, explained_at)
VALUES (@id, @p, @r, @k, @t, @c, @d, @b, @a)
