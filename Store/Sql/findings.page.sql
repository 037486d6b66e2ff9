-- One page of a run's findings, in findings.all's order. /*filters*/ becomes the query's filters (fixed
-- fragments " AND column = @name", the values parameters).
SELECT rule, severity, part, record_key, field, value, branch, message
FROM findings
WHERE run_id = @run /*filters*/
ORDER BY rule, part, record_key, field, seq
LIMIT @take OFFSET @skip
