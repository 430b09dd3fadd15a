-- 会员评议职工之家: the yearly anonymous member evaluation.
--
-- Who took part (survey_participants) and what was answered (survey_answers, survey_comments) are
-- stored apart with nothing that joins them: no shared key, no time of any kind on either side,
-- random ids. Every submission rewrites all three tables of its survey in one transaction, rows in
-- content order, so every row carries the same xmin and the physical order says nothing of who
-- came first (see castBallot in server/src/routes/survey/ballot-box.ts).

-- `status` is what staff set; whether members can answer also depends on the window.
CREATE TABLE surveys (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id        integer NOT NULL REFERENCES unions (id),
  year            integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
  intro           text NOT NULL DEFAULT '' CHECK (length(intro) <= 500),
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  opens_at        timestamptz NOT NULL,
  closes_at       timestamptz NOT NULL,
  pass_line       numeric(4, 1) NOT NULL DEFAULT 85 CHECK (pass_line BETWEEN 50 AND 100),
  -- Members of the union may read the results once the survey is closed.
  results_visible boolean NOT NULL DEFAULT false,
  -- Answers carry their 分工会 only when the survey is broken down by 分工会.
  by_branch       boolean NOT NULL DEFAULT true,
  created_by      integer REFERENCES members (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  opened_at       timestamptz,
  closed_at       timestamptz,
  reminded_at     timestamptz,
  CHECK (closes_at > opens_at)
);
CREATE INDEX surveys_union_idx ON surveys (union_id, year);
CREATE INDEX surveys_open_idx ON surveys (closes_at) WHERE status = 'open';

-- The audience when it is not the whole union: the chosen 分工会.
CREATE TABLE survey_branches (
  survey_id integer NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  branch_id integer NOT NULL REFERENCES unions (id),
  PRIMARY KEY (survey_id, branch_id)
);

-- `options` lists the choices of single and multiple choice questions; a rating is 1–5.
-- The satisfaction question (满意 / 基本满意 / 不满意) is the one 满意率 is computed from.
CREATE TABLE survey_questions (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id    integer NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  position     smallint NOT NULL CHECK (position BETWEEN 1 AND 30),
  kind         text NOT NULL CHECK (kind IN ('single', 'multiple', 'rating', 'text')),
  section      text NOT NULL DEFAULT '' CHECK (length(section) <= 20),
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  required     boolean NOT NULL DEFAULT true,
  options      jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array'),
  satisfaction boolean NOT NULL DEFAULT false,
  UNIQUE (survey_id, position),
  CHECK ((kind IN ('single', 'multiple')) = (jsonb_array_length(options) BETWEEN 2 AND 10)),
  CHECK (NOT satisfaction OR (kind = 'single' AND options = '["满意", "基本满意", "不满意"]'::jsonb))
);
CREATE UNIQUE INDEX survey_questions_satisfaction_key ON survey_questions (survey_id) WHERE satisfaction;

-- Once a survey leaves draft its questions are frozen: answers refer to them by id and position.
CREATE FUNCTION survey_questions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target integer;
BEGIN
  IF TG_OP = 'DELETE' THEN target := OLD.survey_id; ELSE target := NEW.survey_id; END IF;
  IF EXISTS (SELECT 1 FROM surveys WHERE id = target AND status <> 'draft') THEN
    RAISE EXCEPTION 'survey % is no longer a draft: its questions are frozen', target USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER survey_questions_frozen BEFORE INSERT OR UPDATE OR DELETE ON survey_questions
  FOR EACH ROW EXECUTE FUNCTION survey_questions_frozen();

-- Who took part: one row per member, the database's exactly-once guarantee. No time column, and
-- the receipt code is random: it proves participation and says nothing of the answers.
CREATE TABLE survey_participants (
  survey_id    integer NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  member_id    integer NOT NULL REFERENCES members (id),
  receipt_code text NOT NULL UNIQUE CHECK (receipt_code ~ '^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$'),
  PRIMARY KEY (survey_id, member_id)
);

-- What was answered: one row per submission, with no member, no time, a random id. `choices` maps
-- a question id to an option index (single), a list of indexes (multiple) or a score (rating).
-- `branch_id` is the respondent's 分工会 when the survey is broken down by 分工会; at close, groups
-- under five are merged so that no stored group is smaller than five.
CREATE TABLE survey_answers (
  id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id integer NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  branch_id integer REFERENCES unions (id),
  choices   jsonb NOT NULL CHECK (jsonb_typeof(choices) = 'object')
);
CREATE INDEX survey_answers_survey_idx ON survey_answers (survey_id);

-- Free-text answers, kept apart from the choices so that a comment cannot expose its writer's
-- ratings, and without any 分工会.
CREATE TABLE survey_comments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id   integer NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  question_id integer NOT NULL REFERENCES survey_questions (id) ON DELETE CASCADE,
  body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 500)
);
CREATE INDEX survey_comments_survey_idx ON survey_comments (survey_id);

-- One-time links for the XLSX export, so that a download (wx.downloadFile, a browser link) needs
-- no bearer header. Only the SHA-256 of the ticket is stored.
CREATE TABLE survey_export_tickets (
  ticket_hash text PRIMARY KEY,
  survey_id   integer NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  member_id   integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  expires_at  timestamptz NOT NULL
);
