-- The parameters a batch was built with, so that a correction reuses them (issue #13): the reporting
-- institution code ORG and the scope threshold of large exposures (万元, text of the invariant decimal,
-- so that 5000.00 stays 5000.00 on both providers). Numbered 0006, a gap left free: migrations are applied
-- by number when missing, so a store already at 0010 receives it too. A batch built before it has no row.
CREATE TABLE batch_parameters (
  run_id                          TEXT PRIMARY KEY REFERENCES runs(run_id),
  org                             TEXT NOT NULL,
  large_exposure_threshold_wan    TEXT NOT NULL
);
