-- 会员评议: answers wait sealed until they can be counted in a crowd (issue #17).
--
-- Migration 010 kept who and what apart by rewriting a survey's tables on every submission. That
-- does not hold against the write-ahead log: each transaction still added one participant and one
-- answer, so the log pairs them, and the n-th submission rewrote n rows. Now:
--   * survey_participants is written at once (exactly-once stays the primary key), one row;
--   * the answer goes, sealed with AES-256-GCM under a key the database never sees
--     (COUNSELLING_NOTES_KEY, see services/key-ring.ts) and padded to one length per survey, into
--     survey_pending_answers, one row: no member, no time, a random id;
--   * once a group holds ten sealed answers, five of them chosen at random are opened and written
--     to survey_answers / survey_comments in random order, in one transaction; five always stay
--     behind, so the release at close is never smaller than five (routes/survey/ballot-box.ts).
-- Whoever reads the tables or the log sees an answer appear among at least five members' answers
-- at once, never alone. Answers already in survey_answers stay there: nothing is lost.
CREATE TABLE survey_pending_answers (
  id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id integer NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  -- The group the answer will be released with: the respondent's 分工会 when the survey is broken
  -- down by 分工会 (the participation row already tells the database holder this), else NULL.
  branch_id integer REFERENCES unions (id),
  -- `<key id>.<base64 of iv | tag | ciphertext>`; the plaintext is padded so every answer to one
  -- survey seals to the same length.
  sealed    text NOT NULL CHECK (sealed ~ '^[0-9a-f]{16}\.[A-Za-z0-9+/=]+$')
);
CREATE INDEX survey_pending_answers_group_idx ON survey_pending_answers (survey_id, branch_id);
