-- What a create operation answered to a member's Idempotency-Key, so a retried tap gets the same
-- answer instead of a second record. status IS NULL while the first request is still running.
CREATE TABLE idempotency_keys (
  member_id    integer NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
  request_hash text NOT NULL,
  status       integer,
  content_type text,
  body         text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (member_id, key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

