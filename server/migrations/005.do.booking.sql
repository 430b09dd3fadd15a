-- 活动中心预约: rooms with their rules, closures, per-slot counters, bookings, no-show suspensions.

-- Per-union no-show policy: `no_show_limit` no-shows within `no_show_window_days` suspend booking
-- for `suspension_days`. A union without a row uses the defaults.
CREATE TABLE booking_settings (
  union_id            integer PRIMARY KEY REFERENCES unions (id),
  no_show_limit       integer NOT NULL DEFAULT 3 CHECK (no_show_limit BETWEEN 1 AND 20),
  no_show_window_days integer NOT NULL DEFAULT 30 CHECK (no_show_window_days BETWEEN 1 AND 365),
  suspension_days     integer NOT NULL DEFAULT 7 CHECK (suspension_days BETWEEN 1 AND 365),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- A room books either whole per slot (one booking fills it) or by seats (`capacity` bookings per slot).
-- `code` is the QR scene: letters and digits only, well under WeChat's 32-character limit.
CREATE TABLE rooms (
  id                     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id               integer NOT NULL REFERENCES unions (id),
  code                   text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{6,32}$'),
  name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
  location               text NOT NULL DEFAULT '' CHECK (length(location) <= 60),
  description            text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
  photos                 jsonb NOT NULL DEFAULT '[]',
  mode                   text NOT NULL CHECK (mode IN ('whole', 'seats')),
  capacity               integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
  slot_minutes           integer NOT NULL CHECK (slot_minutes BETWEEN 15 AND 480 AND slot_minutes % 5 = 0),
  window_days            integer NOT NULL DEFAULT 7 CHECK (window_days BETWEEN 0 AND 60),
  release_time           time NOT NULL DEFAULT '00:00',
  cancel_cutoff_minutes  integer NOT NULL DEFAULT 60 CHECK (cancel_cutoff_minutes BETWEEN 0 AND 10080),
  quota_per_day          integer CHECK (quota_per_day BETWEEN 1 AND 50),
  quota_per_week         integer CHECK (quota_per_week BETWEEN 1 AND 100),
  quota_upcoming         integer CHECK (quota_upcoming BETWEEN 1 AND 100),
  requires_approval      boolean NOT NULL DEFAULT false,
  checkin_before_minutes integer NOT NULL DEFAULT 15 CHECK (checkin_before_minutes BETWEEN 0 AND 120),
  checkin_after_minutes  integer NOT NULL DEFAULT 15 CHECK (checkin_after_minutes BETWEEN 1 AND 120),
  active                 boolean NOT NULL DEFAULT true,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rooms_union_idx ON rooms (union_id, id);

-- Opening hours as local (Asia/Shanghai) times per ISO weekday (1 = Monday); slots start at
-- `opens_at` and follow each other every `slot_minutes` until `closes_at`.
CREATE TABLE room_hours (
  room_id   integer NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  weekday   smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens_at  time NOT NULL,
  closes_at time NOT NULL,
  PRIMARY KEY (room_id, weekday, opens_at),
  CHECK (opens_at < closes_at)
);

-- Whole local days on which a room (or, with room_id NULL, every room of the union) is closed.
CREATE TABLE room_closures (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id   integer NOT NULL REFERENCES unions (id),
  room_id    integer REFERENCES rooms (id),
  starts_on  date NOT NULL,
  ends_on    date NOT NULL,
  reason     text NOT NULL CHECK (length(reason) BETWEEN 1 AND 30),
  created_by integer REFERENCES members (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX room_closures_union_idx ON room_closures (union_id, ends_on);

-- One counter row per booked slot, created on first booking. The capacity rule lives here: a seat
-- is taken by a conditional update, and the CHECK refuses anything that would overfill the slot.
CREATE TABLE booking_slots (
  room_id   integer NOT NULL REFERENCES rooms (id),
  starts_at timestamptz NOT NULL,
  slot_date date NOT NULL,
  capacity  integer NOT NULL CHECK (capacity >= 1),
  booked    integer NOT NULL DEFAULT 0,
  PRIMARY KEY (room_id, starts_at),
  CHECK (booked BETWEEN 0 AND capacity)
);
CREATE INDEX booking_slots_date_idx ON booking_slots (room_id, slot_date);

-- Recurring bookings made by staff (weekly club training for a term).
CREATE TABLE booking_series (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  room_id    integer NOT NULL REFERENCES rooms (id),
  created_by integer NOT NULL REFERENCES members (id),
  title      text NOT NULL CHECK (length(title) BETWEEN 1 AND 30),
  weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time time NOT NULL,
  starts_on  date NOT NULL,
  ends_on    date NOT NULL,
  seats      integer NOT NULL CHECK (seats >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);

-- `slot_date` is the slot's local date, kept beside the instants so day and week quotas and
-- reports group by the calendar the members use.
CREATE TABLE bookings (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  room_id       integer NOT NULL,
  member_id     integer NOT NULL REFERENCES members (id),
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL,
  slot_date     date NOT NULL,
  seats         integer NOT NULL DEFAULT 1 CHECK (seats >= 1),
  status        text NOT NULL CHECK (status IN ('pending', 'confirmed', 'checked_in', 'no_show', 'cancelled', 'rejected')),
  source        text NOT NULL DEFAULT 'member' CHECK (source IN ('member', 'walk_in', 'series')),
  series_id     integer REFERENCES booking_series (id),
  note          text NOT NULL DEFAULT '' CHECK (length(note) <= 60),
  status_reason text,
  checked_in_at timestamptz,
  reminded_at   timestamptz,
  decided_by    integer REFERENCES members (id) ON DELETE SET NULL,
  decided_at    timestamptz,
  cancelled_by  integer REFERENCES members (id) ON DELETE SET NULL,
  cancelled_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (room_id, starts_at) REFERENCES booking_slots (room_id, starts_at),
  CHECK (ends_at > starts_at),
  CHECK ((status = 'checked_in') = (checked_in_at IS NOT NULL))
);
-- A member holds a slot at most once; a cancelled or rejected booking frees it for them again.
CREATE UNIQUE INDEX bookings_member_slot_key ON bookings (room_id, starts_at, member_id)
  WHERE status IN ('pending', 'confirmed', 'checked_in', 'no_show');
CREATE INDEX bookings_member_room_idx ON bookings (member_id, room_id, slot_date);
CREATE INDEX bookings_member_time_idx ON bookings (member_id, starts_at DESC);
CREATE INDEX bookings_room_date_idx ON bookings (room_id, slot_date);
CREATE INDEX bookings_open_idx ON bookings (starts_at) WHERE status IN ('pending', 'confirmed');
CREATE INDEX bookings_series_idx ON bookings (series_id) WHERE series_id IS NOT NULL;

-- A suspension for repeated no-shows, with at most one appeal. Lifting it (appeal approved) ends it.
CREATE TABLE booking_suspensions (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id         integer NOT NULL REFERENCES members (id),
  union_id          integer NOT NULL REFERENCES unions (id),
  starts_at         timestamptz NOT NULL,
  ends_at           timestamptz NOT NULL,
  reason            text NOT NULL,
  status            text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lifted')),
  appeal_reason     text CHECK (length(appeal_reason) BETWEEN 1 AND 300),
  appeal_status     text CHECK (appeal_status IN ('pending', 'approved', 'rejected')),
  appealed_at       timestamptz,
  appeal_reply      text CHECK (length(appeal_reply) <= 200),
  appeal_decided_by integer REFERENCES members (id) ON DELETE SET NULL,
  appeal_decided_at timestamptz,
  CHECK (ends_at > starts_at),
  CHECK ((appeal_status IS NULL) = (appeal_reason IS NULL))
);
CREATE INDEX booking_suspensions_member_idx ON booking_suspensions (member_id, ends_at DESC);
CREATE INDEX booking_suspensions_union_idx ON booking_suspensions (union_id, appeal_status);
