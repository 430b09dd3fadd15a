-- Photos in club announcements. Outside dev mode WeChat's mediaCheckAsync checks each one before
-- other members see it: 'checking' until the answer arrives by message push, then 'pass' or
-- 'rejected'. `token` names the photo in its public address (an <Image> sends no login header).
CREATE TABLE club_images (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  club_id      integer NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
  token        text NOT NULL UNIQUE CHECK (token ~ '^[0-9a-f-]{36}$'),
  storage_key  text NOT NULL UNIQUE,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  size_bytes   integer NOT NULL CHECK (size_bytes > 0),
  status       text NOT NULL CHECK (status IN ('checking', 'pass', 'rejected')),
  trace_id     text UNIQUE,
  uploaded_by  integer REFERENCES members (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  checked_at   timestamptz
);
CREATE INDEX club_images_club_idx ON club_images (club_id);
