-- A counsellor's private notes on a session, encrypted by the API with AES-256-GCM before they
-- reach the database (services/note-crypto.ts): the row holds no plaintext. Only the author reads.
CREATE TABLE counselling_notes (
  appointment_id integer NOT NULL REFERENCES counselling_appointments (id) ON DELETE CASCADE,
  author_id      integer NOT NULL REFERENCES counsellors (id),
  -- Which key sealed it (a fingerprint, not the key), so a changed key is reported, not misread.
  key_id         text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
  iv             bytea NOT NULL CHECK (octet_length(iv) = 12),
  ciphertext     bytea NOT NULL CHECK (octet_length(ciphertext) BETWEEN 1 AND 20000),
  auth_tag       bytea NOT NULL CHECK (octet_length(auth_tag) = 16),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (appointment_id, author_id)
);
