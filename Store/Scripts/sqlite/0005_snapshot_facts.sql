-- What validation needs of a run's snapshot beyond its records (cleansings, non-FI ledger rows, item and
-- general-ledger sums, customer facts, threshold), as one JSON document: a run killed during validation
-- resumes from the stored snapshot instead of extracting again.
CREATE TABLE snapshot_facts (
  run_id  TEXT PRIMARY KEY REFERENCES runs(run_id),
  facts   TEXT NOT NULL
);
