-- The union's standing rules for its 教代会: how many 代表 must second (附议) a motion before it can
-- be submitted, 2 unless the union decides otherwise. Each session keeps the number in
-- congress_sessions.seconders_required: a change of the rule reaches the sessions still collecting,
-- while one whose collection is over keeps the number its motions were submitted under.
CREATE TABLE congress_settings (
  union_id           integer PRIMARY KEY REFERENCES unions (id),
  seconders_required smallint NOT NULL DEFAULT 2 CHECK (seconders_required BETWEEN 0 AND 10),
  updated_at         timestamptz NOT NULL DEFAULT now()
);

-- A union that already chose a number for its sessions keeps the one of its latest session.
INSERT INTO congress_settings (union_id, seconders_required)
SELECT DISTINCT ON (union_id) union_id, seconders_required
  FROM congress_sessions
 ORDER BY union_id, created_at DESC, id DESC;
