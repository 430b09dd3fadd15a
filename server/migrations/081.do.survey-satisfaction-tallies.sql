-- 满意率 counts of each evaluation, kept as its answers are written. A city's roll-up shows 500
-- schools' 满意率 at once; counting them from the answers read every answer's choices (some 60,000
-- jsonb lookups, most of the roll-up's time), while the counts change only when a batch of five or
-- more answers is released. Counts only: nothing here says who answered or when.
CREATE TABLE survey_satisfaction_tallies (
  survey_id   integer PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
  satisfied   integer NOT NULL DEFAULT 0 CHECK (satisfied >= 0),
  basic       integer NOT NULL DEFAULT 0 CHECK (basic >= 0),
  unsatisfied integer NOT NULL DEFAULT 0 CHECK (unsatisfied >= 0)
);

-- Statement triggers over the transition table: one upsert per release batch, whatever its size.
-- Answers are never edited (a merge at close changes only branch_id), so inserts and deletes are all.
CREATE FUNCTION survey_tally_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO survey_satisfaction_tallies AS t (survey_id, satisfied, basic, unsatisfied)
  SELECT a.survey_id, count(*) FILTER (WHERE a.choices -> q.id::text = '0'),
         count(*) FILTER (WHERE a.choices -> q.id::text = '1'), count(*) FILTER (WHERE a.choices -> q.id::text = '2')
    FROM new_answers a JOIN survey_questions q ON q.survey_id = a.survey_id AND q.satisfaction
   GROUP BY a.survey_id
  ON CONFLICT (survey_id) DO UPDATE
    SET satisfied = t.satisfied + excluded.satisfied, basic = t.basic + excluded.basic,
        unsatisfied = t.unsatisfied + excluded.unsatisfied;
  RETURN NULL;
END $$;

CREATE FUNCTION survey_tally_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE survey_satisfaction_tallies t
     SET satisfied = t.satisfied - d.satisfied, basic = t.basic - d.basic, unsatisfied = t.unsatisfied - d.unsatisfied
    FROM (SELECT a.survey_id, count(*) FILTER (WHERE a.choices -> q.id::text = '0') AS satisfied,
                 count(*) FILTER (WHERE a.choices -> q.id::text = '1') AS basic,
                 count(*) FILTER (WHERE a.choices -> q.id::text = '2') AS unsatisfied
            FROM old_answers a JOIN survey_questions q ON q.survey_id = a.survey_id AND q.satisfaction
           GROUP BY a.survey_id) d
   WHERE t.survey_id = d.survey_id;
  RETURN NULL;
END $$;

CREATE TRIGGER survey_answers_tally_insert AFTER INSERT ON survey_answers
  REFERENCING NEW TABLE AS new_answers FOR EACH STATEMENT EXECUTE FUNCTION survey_tally_inserted();
CREATE TRIGGER survey_answers_tally_delete AFTER DELETE ON survey_answers
  REFERENCING OLD TABLE AS old_answers FOR EACH STATEMENT EXECUTE FUNCTION survey_tally_deleted();

-- The answers already written.
INSERT INTO survey_satisfaction_tallies (survey_id, satisfied, basic, unsatisfied)
SELECT a.survey_id, count(*) FILTER (WHERE a.choices -> q.id::text = '0'),
       count(*) FILTER (WHERE a.choices -> q.id::text = '1'), count(*) FILTER (WHERE a.choices -> q.id::text = '2')
  FROM survey_answers a JOIN survey_questions q ON q.survey_id = a.survey_id AND q.satisfaction
 GROUP BY a.survey_id;

-- A school's members in id order: its head count, and which of an evaluation's participants are
-- still in its audience, read from the index alone (a merge with the participants' own index).
CREATE INDEX members_union_status_id_idx ON members (union_id, status, id) INCLUDE (branch_id);
