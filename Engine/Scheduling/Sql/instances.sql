-- The nodes that check in (clustered stores only): last check-in in UTC ticks, interval in milliseconds.
SELECT INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL
FROM {prefix}SCHEDULER_STATE
WHERE SCHED_NAME = @scheduler
ORDER BY INSTANCE_NAME
