-- Sessions are opaque random tokens; only their SHA-256 is stored, so a leaked table grants nothing.
CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,
  member_id   integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_member_idx ON sessions (member_id);

-- A WeChat user not yet bound to the roster gets a short-lived ticket for the binding form.
CREATE TABLE bind_tickets (
  ticket_hash text PRIMARY KEY,
  openid      text NOT NULL,
  expires_at  timestamptz NOT NULL
);

-- Failed binding attempts per WeChat user, for the five-per-hour limit.
CREATE TABLE bind_failures (
  id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  openid    text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bind_failures_openid_idx ON bind_failures (openid, failed_at);

-- Shared WeChat access token, so that several API instances do not refresh it against each other.
CREATE TABLE wechat_tokens (
  name       text PRIMARY KEY,
  token      text NOT NULL,
  expires_at timestamptz NOT NULL
);
