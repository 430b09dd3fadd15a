-- Attendance by the event's QR code, and reminders before events.
-- The code is the QR scene (letters and digits, well under WeChat's 32 characters); it only opens
-- the check-in page: the member must still be signed in, signed up and within the event's window.
ALTER TABLE club_events
  ADD COLUMN check_in_code text NOT NULL DEFAULT upper(substr(md5(random()::text || clock_timestamp()::text), 1, 12))
    CHECK (check_in_code ~ '^[A-Z0-9]{8,32}$');
CREATE UNIQUE INDEX club_events_check_in_code_key ON club_events (check_in_code);
CREATE INDEX club_events_upcoming_idx ON club_events (starts_at) WHERE cancelled_at IS NULL;

-- `checked_in_at`: when the member scanned the code (a leader's mark leaves it empty).
-- `reminded_at`: the reminder before the event was sent; the job claims each sign-up once.
ALTER TABLE club_event_signups
  ADD COLUMN checked_in_at timestamptz,
  ADD COLUMN reminded_at timestamptz;
