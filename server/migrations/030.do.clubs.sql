-- 兴趣社团: clubs of a school union, their members and leaders, join applications and announcements.
CREATE TABLE clubs (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id        integer NOT NULL REFERENCES unions (id),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
  category        text NOT NULL CHECK (category IN ('sports', 'arts', 'culture', 'other')),
  cover_url       text CHECK (length(cover_url) <= 500),
  intro           text NOT NULL DEFAULT '' CHECK (length(intro) <= 2000),
  join_policy     text NOT NULL CHECK (join_policy IN ('open', 'approval', 'closed')),
  member_cap      integer CHECK (member_cap > 0),
  members_visible boolean NOT NULL DEFAULT true,
  archived_at     timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (union_id, name)
);

CREATE TABLE club_members (
  club_id   integer NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
  member_id integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  role      text NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'member')),
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (club_id, member_id)
);
CREATE INDEX club_members_member_idx ON club_members (member_id);

CREATE TABLE club_applications (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  club_id     integer NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
  member_id   integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  reason      text NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
  status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  reply       text NOT NULL DEFAULT '' CHECK (length(reply) <= 200),
  decided_by  integer REFERENCES members (id) ON DELETE SET NULL,
  decided_at  timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);
-- One open application per member and club.
CREATE UNIQUE INDEX club_applications_pending_idx ON club_applications (club_id, member_id) WHERE status = 'pending';

CREATE TABLE club_announcements (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  club_id    integer NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
  author_id  integer REFERENCES members (id) ON DELETE SET NULL,
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  images     jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX club_announcements_club_idx ON club_announcements (club_id, created_at DESC);
