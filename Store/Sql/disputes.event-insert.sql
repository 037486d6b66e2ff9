INSERT INTO dispute_events (notice_name, dispute_id, at, actor, from_state, to_state, reason)
VALUES (@n, @d, @t, @a, @f, @s, @r)
