-- A multipart upload's request hash cannot see the file (the route reads it after the key is
-- taken), so the first upload records a digest of its file and fields here once it has read them;
-- a retry with the same key compares its own file's digest before it is given the stored answer.
-- NULL when the first request was answered before it read any file (that answer never depended on one).
ALTER TABLE idempotency_keys ADD COLUMN content_digest text;
