-- What a run reported beyond its extracted snapshot: the overrides it applied, and for a correction
-- batch its reason and the batch it corrects. Together with the snapshot they rebuild its package.
CREATE TABLE run_overrides (
  run_id       TEXT NOT NULL REFERENCES runs(run_id),
  override_id  TEXT NOT NULL,
  PRIMARY KEY (run_id, override_id)
);
CREATE TABLE corrections (
  run_id          TEXT PRIMARY KEY REFERENCES runs(run_id),
  previous_batch  INTEGER NOT NULL,
  reason          TEXT NOT NULL
);
