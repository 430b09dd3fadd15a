-- The in-app message centre: one row per member per event that concerns them.
CREATE TABLE notifications (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id  integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  kind       text NOT NULL,
  title      text NOT NULL,
  body       text NOT NULL DEFAULT '',
  link       text,
  read_at    timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_member_idx ON notifications (member_id, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (member_id) WHERE read_at IS NULL;

-- WeChat subscribe messages are one-time: each "允许" the member taps allows one message.
CREATE TABLE subscribe_grants (
  member_id   integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  template_id text NOT NULL,
  remaining   integer NOT NULL DEFAULT 0 CHECK (remaining >= 0),
  PRIMARY KEY (member_id, template_id)
);

-- Outbox for subscribeMessage.send. 'sending' is claimed by one instance and never retried, so a
-- crash between sending and recording cannot deliver a message twice.
CREATE TABLE subscribe_outbox (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id       integer REFERENCES members (id) ON DELETE SET NULL,
  openid          text NOT NULL,
  template_id     text NOT NULL,
  page            text,
  data            jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  claimed_at      timestamptz,
  sent_at         timestamptz,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX subscribe_outbox_due_idx ON subscribe_outbox (next_attempt_at) WHERE status = 'pending';
