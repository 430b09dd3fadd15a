-- 个人信息与隐私 (PIPL Art. 47): a member may have their account erased. The member row stays as a
-- tombstone so that every record pointing at it (bookings, cases, ratings, turnout) keeps counting,
-- but nothing on it identifies a person any more. The rules are in docs/personal-data.md and
-- server/src/services/personal-data.ts.
ALTER TABLE members ADD COLUMN erased_at timestamptz;

-- A tombstone's 工号 is '#<id>', a form the roster never produces, so that importing the person's
-- real 工号 again creates a new member instead of reviving the old records; its phone is empty.
ALTER TABLE members DROP CONSTRAINT members_staff_no_check;
ALTER TABLE members ADD CONSTRAINT members_staff_no_check
  CHECK (staff_no ~ '^[A-Za-z0-9-]{1,20}$' OR (erased_at IS NOT NULL AND staff_no ~ '^#[0-9]{1,12}$'));
ALTER TABLE members DROP CONSTRAINT members_phone_check;
ALTER TABLE members ADD CONSTRAINT members_phone_check
  CHECK (phone ~ '^1[0-9]{10}$' OR (erased_at IS NOT NULL AND phone = ''));
-- What a tombstone looks like, whoever writes it.
ALTER TABLE members ADD CONSTRAINT members_erased_check
  CHECK (erased_at IS NULL OR (status = 'left' AND name = '已注销会员' AND phone = '' AND openid IS NULL
                               AND bound_at IS NULL AND branch_id IS NULL AND staff_no ~ '^#[0-9]{1,12}$'));

-- One row per erased account. `revoked_sessions` holds the SHA-256 of the sessions that were open,
-- so that a late request from the same device is told "该账号已注销" (410) rather than "请先登录".
-- No name, phone or WeChat id: what was done is in the audit log as counts.
CREATE TABLE account_erasures (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id        integer NOT NULL UNIQUE REFERENCES members (id),
  union_id         integer NOT NULL REFERENCES unions (id),
  erased_at        timestamptz NOT NULL DEFAULT now(),
  rules_version    text NOT NULL CHECK (length(rules_version) BETWEEN 1 AND 20),
  revoked_sessions text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX account_erasures_sessions_idx ON account_erasures USING gin (revoked_sessions);
