-- The run whose branches a notice's items are assigned from: the disputed batch, else the period's latest.
SELECT run_id
FROM runs
WHERE period = @p
ORDER BY CASE WHEN batch = @b THEN 0 ELSE 1 END, batch DESC
LIMIT 1
