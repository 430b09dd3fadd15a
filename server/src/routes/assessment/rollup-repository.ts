import type { Queryable } from '../../db';
import type { AssessmentRow } from './repository';

/** One school of a round's roll-up: its self-assessment's state and totals, no item or evidence. */
export interface RollupSchoolRow {
  unionId: number;
  unionName: string;
  parentName: string;
  status: AssessmentRow['status'] | null;
  selfTotal: number | null;
  reviewTotal: number | null;
  leadershipRating: AssessmentRow['leadershipRating'];
  result: string | null;
  /** The figures as submitted; null until the school has submitted. */
  figures: AssessmentRow['figures'];
}

/** 建家评家 roll-ups: one statement for every school a viewer follows in a round. */
export function rollupRepository(db: Queryable) {
  return {
    /**
     * The schools below both the viewer's union and the round's union, by depth, parent and id,
     * each with its self-assessment in the round (if any).
     */
    async rollupSchools(viewerId: number, roundUnionId: number, roundId: number): Promise<RollupSchoolRow[]> {
      return db.query<RollupSchoolRow>(
        `SELECT u.id AS "unionId", u.name AS "unionName", p.name AS "parentName", a.status, a.leadership_rating AS "leadershipRating", a.result,
            CASE WHEN a.status IN ('submitted', 'accepted') THEN a.figures END AS figures,
            totals.self AS "selfTotal", totals.review AS "reviewTotal"
       FROM unions_under($1) mine JOIN unions_under($2) theirs ON theirs.id = mine.id
       JOIN unions u ON u.id = mine.id JOIN unions p ON p.id = u.parent_id
       LEFT JOIN self_assessments a ON a.round_id = $3 AND a.union_id = u.id
       -- Both totals from one read of the school's items: a city has 500 schools.
       LEFT JOIN LATERAL (SELECT sum(i.self_score) AS self, sum(i.review_score) AS review
                            FROM self_assessment_items i WHERE i.assessment_id = a.id) totals ON true
      WHERE u.kind = 'school' ORDER BY mine.depth, p.id, u.id`,
        [viewerId, roundUnionId, roundId],
      );
    },
  };
}
