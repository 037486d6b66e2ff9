-- Marks an active override removed; it stays, with who removed it and when. Its period tells the caller what follows.
UPDATE overrides
SET removed_by = @b, removed_at = @a
WHERE override_id = @id AND removed_by IS NULL
RETURNING period
