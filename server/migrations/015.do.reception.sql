-- 工会主席接待日: sessions a receiver (the chair or a vice-chair) holds, the appointments members
-- book in their slots, and each visit's way from 登记 through 交办 to the reply and its rating.

-- A weekly publication ("every Wednesday 14:00–17:00 until the end of term"). Its sessions are
-- written out one row per date when it is published, so a single date can be cancelled alone.
CREATE TABLE reception_series (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id   integer NOT NULL REFERENCES unions (id),
  weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts_on  date NOT NULL,
  ends_on    date NOT NULL,
  created_by integer REFERENCES members (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);

-- One reception on one local (Asia/Shanghai) date. Slots follow each other every `slot_minutes`
-- from `starts_at`; a slot that would run past `ends_at` is not offered.
CREATE TABLE reception_sessions (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id      integer NOT NULL REFERENCES unions (id),
  series_id     integer REFERENCES reception_series (id),
  session_date  date NOT NULL,
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL,
  slot_minutes  integer NOT NULL CHECK (slot_minutes BETWEEN 10 AND 120),
  place         text NOT NULL CHECK (length(place) BETWEEN 1 AND 40),
  receiver_id   integer NOT NULL REFERENCES members (id),
  receiver_role text NOT NULL CHECK (receiver_role IN ('chair', 'vice_chair')),
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
  cancel_reason text CHECK (length(cancel_reason) <= 60),
  cancelled_at  timestamptz,
  created_by    integer REFERENCES members (id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CHECK (ends_at - starts_at <= interval '12 hours'),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE INDEX reception_sessions_union_date_idx ON reception_sessions (union_id, session_date);
CREATE INDEX reception_sessions_receiver_date_idx ON reception_sessions (receiver_id, session_date);

-- An appointment is one member in one slot. `union_id` repeats the session's so that access checks
-- and the monthly summary need no join. `due_on` is the reply deadline (a local date): set when the
-- member arrives (the visit + 7 days, "答复 within one week") and moved when the visit is 交办.
CREATE TABLE reception_appointments (
  id                  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_id          integer NOT NULL REFERENCES reception_sessions (id),
  union_id            integer NOT NULL REFERENCES unions (id),
  member_id           integer NOT NULL REFERENCES members (id),
  slot_start          timestamptz NOT NULL,
  slot_end            timestamptz NOT NULL,
  topic               text NOT NULL CHECK (topic IN ('work', 'life', 'rights', 'suggestion', 'other')),
  description         text NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
  confidential        boolean NOT NULL DEFAULT false,
  status              text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'arrived', 'no_show', 'cancelled')),
  attendance_at       timestamptz,
  cancelled_at        timestamptz,
  cancelled_by        integer REFERENCES members (id) ON DELETE SET NULL,
  cancel_reason       text CHECK (length(cancel_reason) <= 60),
  raised              text CHECK (length(raised) BETWEEN 1 AND 1000),
  registered_at       timestamptz,
  registered_by       integer REFERENCES members (id) ON DELETE SET NULL,
  -- "Turn it into a help case when that fits": recorded here until the help-case feature takes it.
  help_case_requested boolean NOT NULL DEFAULT false,
  help_case_note      text CHECK (length(help_case_note) <= 200),
  assignee            text CHECK (length(assignee) BETWEEN 1 AND 40),
  assigned_at         timestamptz,
  assigned_by         integer REFERENCES members (id) ON DELETE SET NULL,
  due_on              date,
  reply               text CHECK (length(reply) BETWEEN 1 AND 1000),
  replied_at          timestamptz,
  replied_by          integer REFERENCES members (id) ON DELETE SET NULL,
  overdue_flagged_at  timestamptz,
  rating              text CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
  rating_comment      text CHECK (length(rating_comment) <= 200),
  rated_at            timestamptz,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (slot_end > slot_start),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  CHECK ((status IN ('arrived', 'no_show')) = (attendance_at IS NOT NULL)),
  -- Only a visit that took place is registered, handed on, answered and rated, in that order.
  CHECK (raised IS NULL OR status = 'arrived'),
  CHECK ((raised IS NULL) = (registered_at IS NULL)),
  CHECK (assignee IS NULL OR raised IS NOT NULL),
  CHECK ((assignee IS NULL) = (assigned_at IS NULL)),
  CHECK (due_on IS NULL OR status = 'arrived'),
  CHECK (reply IS NULL OR raised IS NOT NULL),
  CHECK ((reply IS NULL) = (replied_at IS NULL)),
  CHECK (rating IS NULL OR reply IS NOT NULL),
  CHECK ((rating IS NULL) = (rated_at IS NULL))
);
-- No double booking: a slot holds one appointment that is not cancelled.
CREATE UNIQUE INDEX reception_appointments_slot_key ON reception_appointments (session_id, slot_start)
  WHERE status <> 'cancelled';
-- At most one upcoming appointment per member per session.
CREATE UNIQUE INDEX reception_appointments_member_key ON reception_appointments (session_id, member_id)
  WHERE status = 'booked';
CREATE INDEX reception_appointments_member_idx ON reception_appointments (member_id, slot_start DESC);
CREATE INDEX reception_appointments_union_idx ON reception_appointments (union_id, slot_start);
CREATE INDEX reception_appointments_open_idx ON reception_appointments (union_id, due_on)
  WHERE status = 'arrived' AND reply IS NULL;
