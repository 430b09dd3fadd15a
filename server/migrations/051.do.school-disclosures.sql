-- 校务公开: what the school makes public on its board, with attachments; an item that touches
-- people's money or standing runs a 公示期 during which members may object (异议), seen by staff only.
CREATE TABLE disclosures (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id           integer NOT NULL REFERENCES unions (id),
  category           text NOT NULL CHECK (category IN ('plan', 'finance', 'allowance', 'appointment', 'award',
                                                       'title', 'hardship', 'housing', 'insurance', 'procurement',
                                                       'construction', 'other')),
  title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
  body               text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  -- The last local date of the 公示期 (included); null when the item is published without one.
  objection_ends_on  date,
  client_key         uuid NOT NULL,
  published_by       integer REFERENCES members (id) ON DELETE SET NULL,
  published_at       timestamptz NOT NULL,
  UNIQUE (union_id, client_key)
);
CREATE INDEX disclosures_union_idx ON disclosures (union_id, published_at DESC);

CREATE TABLE disclosure_attachments (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  disclosure_id integer NOT NULL REFERENCES disclosures (id) ON DELETE CASCADE,
  storage_key   text NOT NULL UNIQUE,
  file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 100),
  content_type  text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size_bytes    integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX disclosure_attachments_item_idx ON disclosure_attachments (disclosure_id, id);

-- 异议: the member and the staff who answer see it; nobody else.
CREATE TABLE disclosure_objections (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  disclosure_id integer NOT NULL REFERENCES disclosures (id) ON DELETE CASCADE,
  member_id     integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  client_key    uuid NOT NULL,
  body          text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
  answer        text CHECK (length(answer) BETWEEN 1 AND 1000),
  answered_by   integer REFERENCES members (id) ON DELETE SET NULL,
  answered_at   timestamptz,
  created_at    timestamptz NOT NULL,
  UNIQUE (member_id, client_key),
  CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX disclosure_objections_item_idx ON disclosure_objections (disclosure_id, id);
