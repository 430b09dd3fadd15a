-- 困难帮扶与求助: categories per union, cases with their timeline, attachments and 回访.

-- A union's own settings; a union without a row answers within the default 5 working days.
CREATE TABLE help_settings (
  union_id      integer PRIMARY KEY REFERENCES unions (id),
  response_days integer NOT NULL DEFAULT 5 CHECK (response_days BETWEEN 1 AND 30),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Created with the defaults the first time a union's categories are read. 意见建议 is the one that
-- may be submitted anonymously (the handlers do not see who sent it).
CREATE TABLE help_categories (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id         integer NOT NULL REFERENCES unions (id),
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 12),
  allows_anonymous boolean NOT NULL DEFAULT false,
  sort_order       integer NOT NULL DEFAULT 0,
  active           boolean NOT NULL DEFAULT true,
  UNIQUE (union_id, name)
);

-- `response_due_on` is the local (Asia/Shanghai) date by which the union owes its first answer; it
-- moves forward when the clock is paused while waiting for the member (`paused_at`).
CREATE TABLE help_requests (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id           integer NOT NULL REFERENCES unions (id),
  member_id          integer NOT NULL REFERENCES members (id),
  category_id        integer NOT NULL REFERENCES help_categories (id),
  title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 50),
  description        text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  urgency            text NOT NULL CHECK (urgency IN ('normal', 'urgent', 'critical')),
  contact_preference text NOT NULL CHECK (contact_preference IN ('phone', 'wechat', 'in_person', 'message')),
  anonymous          boolean NOT NULL DEFAULT false,
  source             text NOT NULL DEFAULT 'member' CHECK (source IN ('member', 'reception')),
  source_ref         text CHECK (length(source_ref) <= 60),
  status             text NOT NULL CHECK (status IN ('submitted', 'accepted', 'in_progress', 'waiting_member',
                                                     'resolved', 'closed', 'rejected', 'withdrawn')),
  handler_id         integer REFERENCES members (id),
  response_due_on    date NOT NULL,
  paused_at          timestamptz,
  accepted_at        timestamptz,
  first_response_at  timestamptz,
  outcome            text CHECK (length(outcome) BETWEEN 1 AND 1000),
  reject_reason      text CHECK (length(reject_reason) BETWEEN 1 AND 200),
  resolved_at        timestamptz,
  closed_at          timestamptz,
  rating             text CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
  rating_comment     text NOT NULL DEFAULT '' CHECK (length(rating_comment) <= 200),
  rated_at           timestamptz,
  reopened_count     integer NOT NULL DEFAULT 0,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  CHECK ((status = 'waiting_member') = (paused_at IS NOT NULL)),
  CHECK (status IN ('submitted', 'withdrawn', 'rejected') OR handler_id IS NOT NULL),
  CHECK (status NOT IN ('resolved', 'closed') OR (outcome IS NOT NULL AND resolved_at IS NOT NULL)),
  CHECK ((status = 'rejected') = (reject_reason IS NOT NULL)),
  CHECK ((rating IS NULL) = (rated_at IS NULL))
);
CREATE INDEX help_requests_member_idx ON help_requests (member_id, id DESC);
CREATE INDEX help_requests_union_status_idx ON help_requests (union_id, status, response_due_on);
CREATE INDEX help_requests_resolved_idx ON help_requests (resolved_at) WHERE status = 'resolved';

-- The timeline. `internal` rows (notes) are for the handlers only and never leave through the
-- member's API.
CREATE TABLE help_events (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id   integer NOT NULL REFERENCES help_requests (id) ON DELETE CASCADE,
  kind         text NOT NULL CHECK (kind IN ('submitted', 'accepted', 'assigned', 'started', 'info_requested',
                                             'supplemented', 'resumed', 'reply', 'note', 'resolved', 'rejected',
                                             'withdrawn', 'rated', 'closed', 'reopened', 'attachment', 'visited')),
  internal     boolean NOT NULL DEFAULT false,
  actor_id     integer REFERENCES members (id) ON DELETE SET NULL,
  actor_role   text NOT NULL CHECK (actor_role IN ('member', 'handler', 'system')),
  body         text NOT NULL DEFAULT '' CHECK (length(body) <= 1000),
  status_after text,
  created_at   timestamptz NOT NULL,
  CHECK (kind <> 'note' OR internal)
);
CREATE INDEX help_events_request_idx ON help_events (request_id, id);

-- The bytes live in the file store under `storage_key`; this row exists exactly when they do.
CREATE TABLE help_attachments (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id   integer NOT NULL REFERENCES help_requests (id) ON DELETE CASCADE,
  uploaded_by  integer REFERENCES members (id) ON DELETE SET NULL,
  storage_key  text NOT NULL UNIQUE,
  file_name    text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 100),
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size_bytes   integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX help_attachments_request_idx ON help_attachments (request_id, id);

-- 回访: planned when a case is resolved (e.g. +30 and +90 days), done with a recorded outcome.
CREATE TABLE help_visits (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id integer NOT NULL REFERENCES help_requests (id) ON DELETE CASCADE,
  due_on     date NOT NULL,
  status     text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
  outcome    text CHECK (length(outcome) BETWEEN 1 AND 500),
  done_at    timestamptz,
  done_by    integer REFERENCES members (id) ON DELETE SET NULL,
  created_by integer REFERENCES members (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'done') = (outcome IS NOT NULL AND done_at IS NOT NULL))
);
CREATE INDEX help_visits_due_idx ON help_visits (due_on) WHERE status = 'planned';
CREATE INDEX help_visits_request_idx ON help_visits (request_id);
