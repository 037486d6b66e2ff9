-- Findings read a page at a time, filtered, with counts (the portal pages 100,000 findings of a run).
-- The order of a page (rule, part, key, field) replaces the index on (run_id, rule), which it begins with.
DROP INDEX IF EXISTS findings_by_run;
CREATE INDEX findings_in_order ON findings (run_id, rule, part, record_key, field);
CREATE INDEX findings_by_branch ON findings (run_id, branch);
CREATE INDEX findings_by_severity ON findings (run_id, severity);
CREATE INDEX findings_by_part ON findings (run_id, part);
