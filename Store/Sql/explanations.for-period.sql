-- The period's own explanations and those of earlier periods marked to carry forward, oldest first.
SELECT explanation_id, period, rule, record_key, text, carry_forward, values_digest, explained_by, explained_at
FROM explanations
WHERE period = @p OR (carry_forward = 1 AND period < @p)
ORDER BY explained_at
