SELECT seq, sm3, original_name, kind, bytes, uploaded_by, uploaded_at
FROM evidence_files
WHERE notice_name = @n AND dispute_id = @d
ORDER BY seq
