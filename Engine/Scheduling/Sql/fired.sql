-- Triggers fired and not yet finished: the jobs running now, or left by a node that went down.
SELECT TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, INSTANCE_NAME, FIRED_TIME, SCHED_TIME, STATE
FROM {prefix}FIRED_TRIGGERS
WHERE SCHED_NAME = @scheduler
ORDER BY FIRED_TIME DESC
