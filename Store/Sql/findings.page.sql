-- One page of a run's findings. /*filters*/ becomes the query's filters (fixed fragments, " AND column = @name").
-- The order is findings.all's, made total by the remaining columns so that pages never overlap.
SELECT rule, severity, part, record_key, field, value, branch, message
FROM findings
WHERE run_id = @run /*filters*/
ORDER BY rule, part, record_key, field, severity, branch, value, message
LIMIT @take OFFSET @skip
