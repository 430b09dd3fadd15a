-- Club events with a capacity, a sign-up deadline and a waitlist; attendance marked per sign-up.
CREATE TABLE club_events (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  club_id         integer NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
  description     text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  place           text NOT NULL CHECK (length(place) BETWEEN 1 AND 60),
  starts_at       timestamptz NOT NULL,
  ends_at         timestamptz NOT NULL,
  capacity        integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
  signup_deadline timestamptz NOT NULL,
  audience        text NOT NULL CHECK (audience IN ('members', 'union')),
  created_by      integer REFERENCES members (id) ON DELETE SET NULL,
  cancelled_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CHECK (signup_deadline <= starts_at)
);
CREATE INDEX club_events_club_idx ON club_events (club_id, starts_at);

CREATE TABLE club_event_signups (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id    integer NOT NULL REFERENCES club_events (id) ON DELETE CASCADE,
  member_id   integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  status      text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
  attended    boolean,
  created_at  timestamptz NOT NULL DEFAULT now(),
  promoted_at timestamptz,
  cancelled_at timestamptz
);
-- A member holds at most one live sign-up per event; the waitlist is served in id order.
CREATE UNIQUE INDEX club_event_signups_live_idx ON club_event_signups (event_id, member_id) WHERE status <> 'cancelled';
CREATE INDEX club_event_signups_queue_idx ON club_event_signups (event_id, status, id);
