-- 心理咨询: each union's counselling settings, its counsellors and their weekly schedules.

-- Per-union settings; a union without a row uses these defaults. `hotlines` are shown on every
-- counselling page: [{"number": "12356", "label": "心理援助热线"}, …].
CREATE TABLE counselling_settings (
  union_id            integer PRIMARY KEY REFERENCES unions (id),
  hotlines            jsonb NOT NULL DEFAULT '[{"number": "12356", "label": "心理援助热线"}, {"number": "12351", "label": "职工服务热线"}]'
                      CHECK (jsonb_typeof(hotlines) = 'array' AND jsonb_array_length(hotlines) BETWEEN 1 AND 5),
  window_days         integer NOT NULL DEFAULT 14 CHECK (window_days BETWEEN 1 AND 60),
  min_notice_hours    integer NOT NULL DEFAULT 12 CHECK (min_notice_hours BETWEEN 0 AND 168),
  cancel_cutoff_hours integer NOT NULL DEFAULT 12 CHECK (cancel_cutoff_hours BETWEEN 0 AND 168),
  updated_by          integer REFERENCES members (id) ON DELETE SET NULL,
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- A counsellor is a member holding the 'counsellor' role, with the profile members see.
-- `display_name` may be a professional alias rather than the legal name.
CREATE TABLE counsellors (
  id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id       integer NOT NULL REFERENCES unions (id),
  member_id      integer NOT NULL UNIQUE REFERENCES members (id),
  display_name   text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 20),
  qualifications text NOT NULL DEFAULT '' CHECK (length(qualifications) <= 200),
  introduction   text NOT NULL DEFAULT '' CHECK (length(introduction) <= 1000),
  modes          text[] NOT NULL CHECK (cardinality(modes) BETWEEN 1 AND 3 AND modes <@ ARRAY['in_person', 'phone', 'online']),
  room           text NOT NULL DEFAULT '' CHECK (length(room) <= 60),
  slot_minutes   integer NOT NULL DEFAULT 50 CHECK (slot_minutes BETWEEN 20 AND 180 AND slot_minutes % 5 = 0),
  buffer_minutes integer NOT NULL DEFAULT 10 CHECK (buffer_minutes BETWEEN 0 AND 120 AND buffer_minutes % 5 = 0),
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  -- Face-to-face sessions need a room to go to.
  CHECK (NOT ('in_person' = ANY (modes)) OR room <> '')
);
CREATE INDEX counsellors_union_idx ON counsellors (union_id, active);

-- Weekly availability in local (Asia/Shanghai) time per ISO weekday (1 = Monday). Sessions start
-- at `starts_at` and follow every slot_minutes + buffer_minutes while a whole session fits.
CREATE TABLE counsellor_hours (
  counsellor_id integer NOT NULL REFERENCES counsellors (id) ON DELETE CASCADE,
  weekday       smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts_at     time NOT NULL,
  ends_at       time NOT NULL,
  PRIMARY KEY (counsellor_id, weekday, starts_at),
  CHECK (starts_at < ends_at)
);

-- Whole local days off (leave, training): no slots are offered on them.
CREATE TABLE counsellor_leave (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  counsellor_id integer NOT NULL REFERENCES counsellors (id) ON DELETE CASCADE,
  starts_on     date NOT NULL,
  ends_on       date NOT NULL,
  reason        text NOT NULL DEFAULT '' CHECK (length(reason) <= 30),
  created_by    integer REFERENCES members (id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX counsellor_leave_idx ON counsellor_leave (counsellor_id, ends_on);
