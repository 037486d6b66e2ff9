-- A new run: created and last updated now, nothing known yet of its rules or package.
INSERT INTO runs (run_id, period, batch, state, started_by, created_at, updated_at, failure, ruleset_version, package_name, package_sha256)
VALUES (@id, @p, @b, @s, @u, @c, @c, NULL, NULL, NULL, NULL)
