-- Takes the period's lock when it is free, its lease has run out, or the caller already holds it: one
-- statement (insert, or update only under those conditions), so two processes cannot both win.
INSERT INTO period_locks (period, holder, acquired_at, lease_until)
VALUES (@p, @h, @now, @until)
ON CONFLICT (period) DO UPDATE SET holder = excluded.holder, acquired_at = excluded.acquired_at, lease_until = excluded.lease_until
WHERE period_locks.lease_until < @now OR period_locks.holder = @h
