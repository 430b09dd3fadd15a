-- 送温暖: care visits and payments (五必访, 节日慰问, 困难帮扶, 助学 …), a union's own list of kinds,
-- the staff-only 困难职工 list, and the reminders sent before 教师节 and 春节.

-- A union's kinds when it has adapted the built-in list; each kind belongs to one of the fixed
-- groups, so that an upper union can add up schools that name their kinds differently.
CREATE TABLE care_kind_settings (
  union_id   integer PRIMARY KEY REFERENCES unions (id),
  kinds      jsonb NOT NULL CHECK (jsonb_typeof(kinds) = 'array'),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE care_records (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id        integer NOT NULL REFERENCES unions (id),
  member_id       integer NOT NULL REFERENCES members (id),
  kind            text NOT NULL CHECK (kind ~ '^[a-z0-9-]{1,20}$'),
  kind_label      text NOT NULL CHECK (length(kind_label) BETWEEN 1 AND 12),
  kind_group      text NOT NULL CHECK (kind_group IN ('five_visits', 'festival', 'hardship', 'education', 'other')),
  care_date       date NOT NULL,
  visitors        text NOT NULL DEFAULT '' CHECK (length(visitors) <= 100),
  amount          numeric(10, 2) NOT NULL DEFAULT 0 CHECK (amount >= 0 AND amount <= 100000),
  gifts           text NOT NULL DEFAULT '' CHECK (length(gifts) <= 100),
  note            text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  help_request_id integer REFERENCES help_requests (id),
  -- The client's id for this record: a retried or double-tapped 保存 finds the first one.
  request_id      uuid NOT NULL,
  created_by      integer REFERENCES members (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (union_id, request_id)
);
CREATE INDEX care_records_union_date_idx ON care_records (union_id, care_date);
CREATE INDEX care_records_member_idx ON care_records (member_id);

-- 动态困难职工档案: who is in hardship, why, and when to look again. Staff only.
CREATE TABLE hardship_members (
  member_id  integer PRIMARY KEY REFERENCES members (id),
  union_id   integer NOT NULL REFERENCES unions (id),
  cause      text NOT NULL CHECK (length(cause) BETWEEN 1 AND 200),
  review_on  date NOT NULL,
  flagged_by integer REFERENCES members (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hardship_members_union_idx ON hardship_members (union_id);

-- One reminder per union and occasion ('2026-teachers-day', '2027-spring-festival'), claimed by
-- the insert, so that several instances never remind twice.
CREATE TABLE care_reminders (
  union_id integer NOT NULL REFERENCES unions (id),
  occasion text NOT NULL,
  sent_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (union_id, occasion)
);
