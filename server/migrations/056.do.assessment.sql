-- 建家评家: an upper union's standard, its yearly rounds, each school's self-assessment and the
-- upper union's review. A round keeps a copy of the standard's items as they were when it opened,
-- so that adapting the standard later never changes what schools already scored against.
CREATE TABLE assessment_standards (
  union_id   integer PRIMARY KEY REFERENCES unions (id),
  -- [{ key, area, title, points, evidence, figure }] (checked by the API's schema)
  items      jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  updated_by integer REFERENCES members (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE assessment_rounds (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id   integer NOT NULL REFERENCES unions (id),
  year       integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title      text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
  opens_on   date NOT NULL,
  closes_on  date NOT NULL,
  items      jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  -- The overall results this union awards, lowest first, e.g. 合格 / 先进 / 示范.
  results    text[] NOT NULL CHECK (cardinality(results) BETWEEN 1 AND 6),
  created_by integer REFERENCES members (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_on >= opens_on),
  -- One round a year per union: a second tap on 开启 finds the first.
  UNIQUE (union_id, year)
);

CREATE TABLE self_assessments (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id          integer NOT NULL REFERENCES assessment_rounds (id),
  union_id          integer NOT NULL REFERENCES unions (id),
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
  -- 党政评价: the school leadership's rating, entered by staff.
  leadership_rating text CHECK (leadership_rating IN ('excellent', 'good', 'fair', 'poor')),
  leadership_note   text NOT NULL DEFAULT '' CHECK (length(leadership_note) <= 500),
  -- The app's own figures as they stood at submission, so the reviewer reads what the school saw.
  figures           jsonb,
  submitted_at      timestamptz,
  review_comment    text NOT NULL DEFAULT '' CHECK (length(review_comment) <= 1000),
  result            text,
  reviewed_by       integer REFERENCES members (id) ON DELETE SET NULL,
  reviewed_at       timestamptz,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (round_id, union_id),
  CHECK ((status = 'accepted') = (result IS NOT NULL))
);

CREATE TABLE self_assessment_items (
  assessment_id  integer NOT NULL REFERENCES self_assessments (id),
  item_key       text NOT NULL,
  self_score     numeric(5, 1) NOT NULL CHECK (self_score >= 0),
  evidence       text NOT NULL DEFAULT '' CHECK (length(evidence) <= 2000),
  review_score   numeric(5, 1) CHECK (review_score >= 0),
  review_comment text NOT NULL DEFAULT '' CHECK (length(review_comment) <= 500),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assessment_id, item_key)
);

-- Evidence files (photos, scans) in the shared file store; the row says who may see them.
CREATE TABLE self_assessment_files (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id integer NOT NULL REFERENCES self_assessments (id),
  item_key      text NOT NULL,
  storage_key   text NOT NULL UNIQUE,
  file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 100),
  content_type  text NOT NULL,
  size_bytes    integer NOT NULL CHECK (size_bytes > 0),
  uploaded_by   integer REFERENCES members (id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX self_assessment_files_idx ON self_assessment_files (assessment_id, item_key);

-- 片组互查: a school assigned to look over another's self-assessment in a round.
CREATE TABLE assessment_peer_reviews (
  round_id           integer NOT NULL REFERENCES assessment_rounds (id),
  union_id           integer NOT NULL REFERENCES unions (id),
  reviewer_union_id  integer NOT NULL REFERENCES unions (id),
  assigned_by        integer REFERENCES members (id) ON DELETE SET NULL,
  comment            text NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
  commented_at       timestamptz,
  PRIMARY KEY (round_id, union_id, reviewer_union_id),
  CHECK (union_id <> reviewer_union_id)
);
