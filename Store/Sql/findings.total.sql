SELECT COUNT(*)
FROM findings
WHERE run_id = @run /*filters*/
