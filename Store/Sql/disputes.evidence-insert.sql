INSERT INTO evidence_files (notice_name, dispute_id, seq, sm3, original_name, kind, bytes, uploaded_by, uploaded_at)
VALUES (@n, @d, @q, @h, @o, @k, @b, @u, @t)
