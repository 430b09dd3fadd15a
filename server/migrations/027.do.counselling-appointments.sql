-- 心理咨询 consent and appointments: a sealed compartment. Only the member and the assigned
-- counsellor read an appointment; officers get counts; every other read is audited.

-- Separate, explicit consent (PIPL Art. 29). Nothing else about a member's counselling exists
-- before a row here. A row ends when the member withdraws or agrees to a newer version.
CREATE TABLE counselling_consents (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id  integer NOT NULL REFERENCES members (id),
  version    text NOT NULL CHECK (length(version) BETWEEN 1 AND 20),
  agreed_at  timestamptz NOT NULL DEFAULT now(),
  ended_at   timestamptz,
  end_reason text CHECK (end_reason IN ('withdrawn', 'superseded')),
  CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
  CHECK (ended_at IS NULL OR ended_at >= agreed_at)
);
CREATE UNIQUE INDEX counselling_consents_current_key ON counselling_consents (member_id) WHERE ended_at IS NULL;

-- Statuses: requested (waits for the counsellor), proposed (the counsellor offered another time,
-- the member decides), confirmed, declined (by the counsellor, with a reason), cancelled (by the
-- member, or by withdrawing consent), expired (never confirmed before it began), completed, no_show.
-- The first three hold the counsellor's time.
CREATE TABLE counselling_appointments (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id           integer NOT NULL REFERENCES unions (id),
  counsellor_id      integer NOT NULL REFERENCES counsellors (id),
  -- NULL once anonymised (consent withdrawn, or the retention period over): only counts remain.
  member_id          integer REFERENCES members (id),
  status             text NOT NULL CHECK (status IN ('requested', 'proposed', 'confirmed', 'declined', 'cancelled', 'expired', 'completed', 'no_show')),
  mode               text NOT NULL CHECK (mode IN ('in_person', 'phone', 'online')),
  starts_at          timestamptz NOT NULL,
  ends_at            timestamptz NOT NULL,
  -- ends_at plus the counsellor's buffer: the time no other session may touch.
  held_until         timestamptz NOT NULL,
  -- The time the member asked for, while and after the counsellor proposed another.
  requested_starts_at timestamptz,
  alias              text CHECK (length(alias) BETWEEN 1 AND 20),
  note               text CHECK (length(note) BETWEEN 1 AND 500),
  contact            text NOT NULL CHECK (contact IN ('message', 'phone')),
  -- Where and how to meet, written by the counsellor when confirming (a room, a meeting number).
  arrangement        text CHECK (length(arrangement) BETWEEN 1 AND 200),
  decline_reason     text CHECK (length(decline_reason) BETWEEN 1 AND 200),
  cancelled_by       text CHECK (cancelled_by IN ('member', 'proposal_declined', 'consent_withdrawn')),
  -- 1 or 2 while the appointment is upcoming: with the unique index below, at most two per member.
  upcoming_slot      smallint CHECK (upcoming_slot IN (1, 2)),
  rating             smallint CHECK (rating BETWEEN 1 AND 5),
  rated_at           timestamptz,
  reminded_at        timestamptz,
  decided_at         timestamptz,
  anonymised_at      timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at AND held_until >= ends_at),
  CHECK (upcoming_slot IS NULL OR status IN ('requested', 'proposed', 'confirmed')),
  CHECK (((status = 'declined') = (decline_reason IS NOT NULL)) OR anonymised_at IS NOT NULL),
  CHECK ((status = 'cancelled') = (cancelled_by IS NOT NULL)),
  CHECK (rating IS NULL OR status = 'completed'),
  CHECK ((rating IS NULL) = (rated_at IS NULL)),
  CHECK (member_id IS NOT NULL OR anonymised_at IS NOT NULL),
  CHECK (anonymised_at IS NULL OR (member_id IS NULL AND alias IS NULL AND note IS NULL AND arrangement IS NULL AND decline_reason IS NULL)),
  -- Never double-booked: no two time-holding appointments of one counsellor overlap, buffer included.
  -- The counsellor is compared as a one-point range so that core GiST needs no btree_gist extension.
  CONSTRAINT counselling_appointments_no_overlap EXCLUDE USING gist (
    int4range(counsellor_id, counsellor_id, '[]') WITH &&,
    tstzrange(starts_at, held_until) WITH &&
  ) WHERE (status IN ('requested', 'proposed', 'confirmed'))
);
CREATE UNIQUE INDEX counselling_appointments_upcoming_key ON counselling_appointments (member_id, upcoming_slot)
  WHERE upcoming_slot IS NOT NULL;
CREATE INDEX counselling_appointments_member_idx ON counselling_appointments (member_id, starts_at DESC);
CREATE INDEX counselling_appointments_counsellor_idx ON counselling_appointments (counsellor_id, starts_at);
CREATE INDEX counselling_appointments_union_idx ON counselling_appointments (union_id, created_at);
CREATE INDEX counselling_appointments_open_idx ON counselling_appointments (starts_at)
  WHERE status IN ('requested', 'proposed', 'confirmed');
