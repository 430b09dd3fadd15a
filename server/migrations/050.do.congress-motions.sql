-- 教代会提案: the union's 代表 per term, each session's collection window, the motions 代表 write and
-- second, the 提案工作委员会's decision, the 承办部门's reply and the proposer's rating.

-- 教代会代表 of one term (届, e.g. 第五届). `committee` marks the 提案工作委员会, chosen from the 代表.
CREATE TABLE congress_delegates (
  union_id   integer NOT NULL REFERENCES unions (id),
  term       text NOT NULL CHECK (length(term) BETWEEN 1 AND 20),
  member_id  integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  committee  boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (union_id, term, member_id)
);
CREATE INDEX congress_delegates_member_idx ON congress_delegates (member_id);

-- One meeting (第五届教代会第三次会议) and its collection window, local dates both included.
-- `seconders_required` is the union's rule for this session (附议人数, 2 unless the union decides otherwise).
CREATE TABLE congress_sessions (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id           integer NOT NULL REFERENCES unions (id),
  term               text NOT NULL CHECK (length(term) BETWEEN 1 AND 20),
  title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
  opens_on           date NOT NULL,
  closes_on          date NOT NULL,
  seconders_required smallint NOT NULL DEFAULT 2 CHECK (seconders_required BETWEEN 0 AND 10),
  reply_days         smallint NOT NULL DEFAULT 30 CHECK (reply_days BETWEEN 1 AND 180),
  published_at       timestamptz,
  created_by         integer REFERENCES members (id) ON DELETE SET NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (union_id, title),
  CHECK (closes_on >= opens_on)
);

-- 承办部门: the school's departments a motion can be handed to.
CREATE TABLE congress_departments (
  id       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id integer NOT NULL REFERENCES unions (id),
  name     text NOT NULL CHECK (length(name) BETWEEN 1 AND 20),
  active   boolean NOT NULL DEFAULT true,
  UNIQUE (union_id, name)
);

-- A 建议 from a member who is not a 代表; a 代表 may take it up as a motion of their own.
CREATE TABLE congress_suggestions (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_id integer NOT NULL REFERENCES congress_sessions (id),
  union_id   integer NOT NULL REFERENCES unions (id),
  member_id  integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  client_key uuid NOT NULL,
  title      text NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
  created_at timestamptz NOT NULL,
  -- A retried submission finds the first one instead of writing a second.
  UNIQUE (member_id, client_key)
);
CREATE INDEX congress_suggestions_session_idx ON congress_suggestions (session_id, id);

-- The motion. `number` is given when it is submitted (1, 2, 3 … within the session). Its way:
-- draft → submitted → accepted (立案) | rejected (不立案) | merged (并案) → replied → rated;
-- a 不满意 on the first reply sends it back to accepted once (`round` 2).
CREATE TABLE congress_motions (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_id       integer NOT NULL REFERENCES congress_sessions (id),
  union_id         integer NOT NULL REFERENCES unions (id),
  author_id        integer NOT NULL REFERENCES members (id),
  client_key       uuid NOT NULL,
  suggestion_id    integer UNIQUE REFERENCES congress_suggestions (id) ON DELETE SET NULL,
  number           integer,
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
  category         text NOT NULL CHECK (category IN ('teaching', 'welfare', 'campus', 'democracy', 'other')),
  reason           text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  proposal         text NOT NULL CHECK (length(proposal) BETWEEN 1 AND 2000),
  status           text NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft', 'submitted', 'accepted', 'rejected', 'merged', 'replied', 'rated')),
  submitted_at     timestamptz,
  reviewed_at      timestamptz,
  reviewed_by      integer REFERENCES members (id) ON DELETE SET NULL,
  reject_reason    text CHECK (length(reject_reason) BETWEEN 1 AND 500),
  reject_handling  text CHECK (reject_handling IN ('suggestion', 'answered')),
  merged_into_id   integer REFERENCES congress_motions (id),
  department_id    integer REFERENCES congress_departments (id),
  due_on           date,
  round            smallint NOT NULL DEFAULT 1 CHECK (round IN (1, 2)),
  overdue_flagged_at timestamptz,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  UNIQUE (author_id, client_key),
  UNIQUE (session_id, number),
  CHECK ((status = 'draft') = (submitted_at IS NULL)),
  CHECK ((status = 'draft') = (number IS NULL)),
  CHECK ((status IN ('draft', 'submitted')) = (reviewed_at IS NULL)),
  CHECK ((status = 'rejected') = (reject_reason IS NOT NULL AND reject_handling IS NOT NULL)),
  CHECK ((status = 'merged') = (merged_into_id IS NOT NULL)),
  CHECK ((status IN ('accepted', 'replied', 'rated')) = (department_id IS NOT NULL AND due_on IS NOT NULL))
);
CREATE INDEX congress_motions_session_idx ON congress_motions (session_id, status);
CREATE INDEX congress_motions_author_idx ON congress_motions (author_id);
CREATE INDEX congress_motions_due_idx ON congress_motions (due_on) WHERE status = 'accepted';

-- 附议: one row per 代表 per motion, so a second tap is the same 附议.
CREATE TABLE congress_seconds (
  motion_id  integer NOT NULL REFERENCES congress_motions (id) ON DELETE CASCADE,
  member_id  integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (motion_id, member_id)
);

-- The 承办部门's reply, one per round, and the proposer's rating of it.
CREATE TABLE congress_replies (
  motion_id  integer NOT NULL REFERENCES congress_motions (id) ON DELETE CASCADE,
  round      smallint NOT NULL CHECK (round IN (1, 2)),
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  replied_by integer REFERENCES members (id) ON DELETE SET NULL,
  replied_at timestamptz NOT NULL,
  on_time    boolean NOT NULL,
  rating     text CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
  rating_comment text CHECK (length(rating_comment) <= 200),
  rated_at   timestamptz,
  PRIMARY KEY (motion_id, round),
  CHECK ((rating IS NULL) = (rated_at IS NULL))
);
