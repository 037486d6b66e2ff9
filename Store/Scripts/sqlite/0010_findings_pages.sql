-- Findings read a page at a time, filtered, with counts (the portal pages 100,000 findings of a run).
-- seq: a finding's place among its run's findings as saved, so that the page order is total; earlier rows
-- take their insertion order. The page order (rule, part, key, field, seq) replaces the index on (run_id, rule);
-- a filter on branch or part reads its findings in page order from its own index; the facets index
-- answers the counts from the index alone.
ALTER TABLE findings ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE findings SET seq = rowid;
DROP INDEX IF EXISTS findings_by_run;
CREATE INDEX findings_in_order ON findings (run_id, rule, part, record_key, field, seq);
CREATE INDEX findings_facets ON findings (run_id, rule, severity, part, branch);
CREATE INDEX findings_by_branch ON findings (run_id, branch, rule, part, record_key, field, seq);
CREATE INDEX findings_by_part ON findings (run_id, part, rule, record_key, field, seq);
