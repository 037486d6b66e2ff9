UPDATE runs
SET state = @s, updated_at = @t, failure = @f, ruleset_version = @r, package_name = @n, package_sha256 = @h
WHERE run_id = @id
