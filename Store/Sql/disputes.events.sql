SELECT at, actor, from_state, to_state, reason
FROM dispute_events
WHERE notice_name = @n AND dispute_id = @d
ORDER BY event_id
