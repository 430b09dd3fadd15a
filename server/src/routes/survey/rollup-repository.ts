import { now } from '../../clock';
import type { Queryable } from '../../db';
import { AUDIENCE_COUNT, phaseAt, SATISFACTION_COUNTS, type SurveyRow } from './survey-sql';
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
     * a city has hundreds of schools, and three statements a school took seconds.
     */
    async rollupOf(upperId: number, year: number) {
      return db.query<RollupRow>(
        `SELECT u.id AS "unionId", u.name AS "unionName", p.name AS "parentName",
                (SELECT count(*)::int FROM members m WHERE m.union_id = u.id AND m.status = 'active') AS "schoolMembers",
                s.id AS "surveyId", s.title, ${phaseAt('$3')} AS phase, s.pass_line AS "passLine",
                CASE WHEN s.id IS NOT NULL THEN ${AUDIENCE_COUNT} END AS audience,
                (SELECT count(*)::int FROM survey_participants p WHERE p.survey_id = s.id) AS answered,
                sat.satisfied, sat.basic, sat.unsatisfied
           FROM unions_under($1) t JOIN unions u ON u.id = t.id JOIN unions p ON p.id = u.parent_id
           LEFT JOIN LATERAL (SELECT s.* FROM surveys s WHERE s.union_id = u.id AND s.year = $2 AND s.status <> 'draft'
                               ORDER BY s.opens_at DESC, s.id DESC LIMIT 1) s ON true
           LEFT JOIN LATERAL (${SATISFACTION_COUNTS} WHERE q.survey_id = s.id AND q.satisfaction GROUP BY q.id) sat ON true
          WHERE u.kind = 'school'
          ORDER BY t.depth, p.id, u.id`,
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
