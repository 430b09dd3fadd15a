-- Unions form a tree: a district union (区/市教育工会) over school unions, each with its 分工会.
CREATE TABLE app_meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE unions (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parent_id  integer REFERENCES unions (id),
  kind       text NOT NULL CHECK (kind IN ('district', 'school', 'branch')),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Only a district stands at the top; a branch always hangs under a school.
  CHECK ((kind = 'district') = (parent_id IS NULL))
);
CREATE INDEX unions_parent_idx ON unions (parent_id);

CREATE TABLE members (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id   integer NOT NULL REFERENCES unions (id),
  branch_id  integer REFERENCES unions (id),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
  staff_no   text NOT NULL CHECK (staff_no ~ '^[A-Za-z0-9-]{1,20}$'),
  phone      text NOT NULL CHECK (phone ~ '^1[0-9]{10}$'),
  status     text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
  openid     text UNIQUE,
  bound_at   timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (union_id, staff_no)
);
CREATE INDEX members_branch_idx ON members (branch_id);

-- Every member is a 会员 of their school union; these are the extra roles, each held on one union.
CREATE TABLE member_roles (
  member_id  integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  union_id   integer NOT NULL REFERENCES unions (id),
  role       text NOT NULL CHECK (role IN ('staff', 'chair', 'counsellor', 'supervisor')),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (member_id, union_id, role)
);
CREATE INDEX member_roles_union_idx ON member_roles (union_id, role);
