import { now } from '../../clock';
import type { Queryable } from '../../db';
import { IN_AUDIENCE, phaseAt, SATISFACTION_COUNTS, type SurveyRow } from './survey-sql';
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
     * one row of counts: the head count from the members' index, which participants are still in the audience by a
     * merge of two indexes, and 满意率 from the tally kept as answers are written (migration 081), not the answers.
     * The audience is as AUDIENCE_COUNT counts it: those in it now, plus those who answered and have since left it.
     */
    async rollupOf(upperId: number, year: number) {
      return db.query<RollupRow>(
        `SELECT u.id AS "unionId", u.name AS "unionName", p.name AS "parentName", roster.n AS "schoolMembers",
                s.id AS "surveyId", s.title, ${phaseAt('$3')} AS phase, s.pass_line AS "passLine",
                CASE WHEN s.id IS NOT NULL
                     THEN CASE WHEN s.branches THEN (SELECT count(*)::int FROM members m WHERE ${IN_AUDIENCE}) ELSE roster.n END
                          + part.answered - part.present END AS audience,
                coalesce(part.answered, 0) AS answered,
                CASE WHEN q.id IS NOT NULL THEN coalesce(t.satisfied, 0) END AS satisfied,
                CASE WHEN q.id IS NOT NULL THEN coalesce(t.basic, 0) END AS basic,
                CASE WHEN q.id IS NOT NULL THEN coalesce(t.unsatisfied, 0) END AS unsatisfied
           FROM unions_under($1) tree JOIN unions u ON u.id = tree.id JOIN unions p ON p.id = u.parent_id
           CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM members m WHERE m.union_id = u.id AND m.status = 'active') roster
           LEFT JOIN LATERAL (SELECT s.*, EXISTS (SELECT 1 FROM survey_branches sb WHERE sb.survey_id = s.id) AS branches
                                FROM surveys s WHERE s.union_id = u.id AND s.year = $2 AND s.status <> 'draft'
                               ORDER BY s.opens_at DESC, s.id DESC LIMIT 1) s ON true
           LEFT JOIN LATERAL (SELECT (SELECT count(*)::int FROM survey_participants sp WHERE sp.survey_id = s.id) AS answered,
                                     (SELECT count(*)::int FROM survey_participants sp JOIN members m ON m.id = sp.member_id
                                       WHERE sp.survey_id = s.id AND ${IN_AUDIENCE}) AS present) part ON true
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
