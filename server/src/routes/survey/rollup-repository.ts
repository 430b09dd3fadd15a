import { now } from '../../clock';
import type { Queryable } from '../../db';
import { phaseAt, SATISFACTION_COUNTS, type SurveyRow } from './survey-sql';
import type { SatisfactionCount } from './tally';

/** One school in an upper union's roll-up; the survey's fields are null when it has none that year. */
export interface RollupRow {
  unionId: number;
  unionName: string;
  parentName: string;
  schoolMembers: number;
  surveyId: number | null;
  title: string | null;
  phase: SurveyRow['phase'] | null;
  passLine: number | null;
  audience: number | null;
  answered: number;
  satisfied: number | null;
  basic: number | null;
  unsatisfied: number | null;
}

/** 满意率 counts, of one survey and across an upper union's schools (part of the survey repository). */
export function rollupQueries(db: Queryable) {
  return {
    /**
     * Every school at any depth under an upper union with its year's survey, turnout and 满意率 counts, in one statement:
     * a city has hundreds of schools, and three statements a school took seconds. Per school it reads only indexes and
     * one row of counts, each once: the school's active members (members' index) and the survey's participants (their
     * key) in one full join by member, which gives the head count, who of the audience is reached now, how many
     * answered and which of those are still in the audience; 满意率 comes from the tally kept as answers are written
     * (migration 081), not the answers. The audience is as AUDIENCE_COUNT counts it: those in it now, plus those who
     * answered and have since left it.
     */
    async rollupOf(upperId: number, year: number) {
      return db.query<RollupRow>(
        `SELECT u.id AS "unionId", u.name AS "unionName", p.name AS "parentName", c.members AS "schoolMembers",
                s.id AS "surveyId", s.title, ${phaseAt('$3')} AS phase, s.pass_line AS "passLine",
                CASE WHEN s.id IS NOT NULL THEN c.reached + c.answered - c.present END AS audience,
                c.answered,
                CASE WHEN q.id IS NOT NULL THEN coalesce(t.satisfied, 0) END AS satisfied,
                CASE WHEN q.id IS NOT NULL THEN coalesce(t.basic, 0) END AS basic,
                CASE WHEN q.id IS NOT NULL THEN coalesce(t.unsatisfied, 0) END AS unsatisfied
           FROM unions_under($1) tree JOIN unions u ON u.id = tree.id JOIN unions p ON p.id = u.parent_id
           LEFT JOIN LATERAL (SELECT s.*, EXISTS (SELECT 1 FROM survey_branches sb WHERE sb.survey_id = s.id) AS branches
                                FROM surveys s WHERE s.union_id = u.id AND s.year = $2 AND s.status <> 'draft'
                               ORDER BY s.opens_at DESC, s.id DESC LIMIT 1) s ON true
           CROSS JOIN LATERAL (
             SELECT count(m.id)::int AS members, count(m.id) FILTER (WHERE m.reached)::int AS reached,
                    count(sp.member_id)::int AS answered,
                    count(*) FILTER (WHERE m.reached AND sp.member_id IS NOT NULL)::int AS present
               FROM (SELECT m.id, (NOT s.branches
                                   OR m.branch_id IN (SELECT sb.branch_id FROM survey_branches sb WHERE sb.survey_id = s.id)) AS reached
                       FROM members m WHERE m.union_id = u.id AND m.status = 'active') m
               FULL JOIN (SELECT sp.member_id FROM survey_participants sp WHERE sp.survey_id = s.id) sp ON sp.member_id = m.id) c
           LEFT JOIN survey_questions q ON q.survey_id = s.id AND q.satisfaction
           LEFT JOIN survey_satisfaction_tallies t ON t.survey_id = s.id
          WHERE u.kind = 'school'
          ORDER BY tree.depth, p.id, u.id`,
        [upperId, year, now()],
      );
    },

    /** The counts behind 满意率, tallied in the database so that no answer leaves it. */
    async satisfactionCounts(surveyId: number): Promise<SatisfactionCount | null> {
      const [row] = await db.query<Omit<SatisfactionCount, 'valid'>>(
        `${SATISFACTION_COUNTS} WHERE q.survey_id = $1 AND q.satisfaction GROUP BY q.id`,
        [surveyId],
      );
      return row ? { ...row, valid: row.satisfied + row.basic + row.unsatisfied } : null;
    },
  };
}
