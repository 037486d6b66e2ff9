SELECT run_id, period, batch, state, started_by, created_at, updated_at, failure, ruleset_version, package_name, package_sha256
FROM runs
