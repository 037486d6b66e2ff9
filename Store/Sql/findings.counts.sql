-- How many findings pass the filters, per combination of rule, severity, part and branch (few groups; summed up per facet by the caller).
SELECT rule, severity, part, branch, COUNT(*)
FROM findings
WHERE run_id = @run /*filters*/
GROUP BY rule, severity, part, branch
