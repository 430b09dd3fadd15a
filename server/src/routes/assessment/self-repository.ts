import type { Queryable } from '../../db';
import type { RoleName } from '../../plugins/auth';

export type ReviewDecision = 'accept' | 'return';

/** The writes to a school's self-assessment: the school filling it in, the upper union reviewing it. */
export function selfAssessmentRepository(db: Queryable) {
  return {
    /** The school's score and note on one item; saving again keeps the last. */
    async saveSelfItem(assessmentId: number, itemKey: string, selfScore: number, evidence: string): Promise<void> {
      await db.query(
        `INSERT INTO self_assessment_items (assessment_id, item_key, self_score, evidence) VALUES ($1, $2, $3, $4)
         ON CONFLICT (assessment_id, item_key) DO UPDATE SET self_score = EXCLUDED.self_score, evidence = EXCLUDED.evidence, updated_at = now()`,
        [assessmentId, itemKey, selfScore, evidence],
      );
    },

    async touchAssessment(assessmentId: number): Promise<void> {
      await db.query(`UPDATE self_assessments SET updated_at = now() WHERE id = $1`, [assessmentId]);
    },

    async saveLeadershipRating(assessmentId: number, rating: string, note: string): Promise<void> {
      await db.query(
        `UPDATE self_assessments SET leadership_rating = $2, leadership_note = $3, updated_at = now() WHERE id = $1`,
        [assessmentId, rating, note],
      );
    },

    /** Submits the assessment with the app's own figures frozen into it. */
    async markSubmitted(assessmentId: number, figures: unknown): Promise<void> {
      await db.query(
        `UPDATE self_assessments SET status = 'submitted', figures = $2::jsonb, submitted_at = now(), updated_at = now() WHERE id = $1`,
        [assessmentId, JSON.stringify(figures)],
      );
    },

    async saveItemReview(assessmentId: number, itemKey: string, score: number, comment: string): Promise<void> {
      await db.query(
        `UPDATE self_assessment_items SET review_score = $3, review_comment = $4, updated_at = now() WHERE assessment_id = $1 AND item_key = $2`,
        [assessmentId, itemKey, score, comment],
      );
    },

    /** The review's conclusion: accepted with a result, or returned for changes (result null). */
    async concludeReview(
      assessmentId: number,
      review: { decision: ReviewDecision; result: string | null; comment: string; reviewedBy: number },
    ): Promise<void> {
      const accept = review.decision === 'accept';
      await db.query(
        `UPDATE self_assessments SET status = $2, result = $3, review_comment = $4, reviewed_by = $5, reviewed_at = now(), updated_at = now() WHERE id = $1`,
        [
          assessmentId,
          accept ? 'accepted' : 'returned',
          accept ? review.result : null,
          review.comment,
          review.reviewedBy,
        ],
      );
    },

    /** Members holding any of `roles` in the union, once each, by id: whom to tell of a review. */
    async memberIdsWithRoles(unionId: number, roles: readonly RoleName[]): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT DISTINCT member_id AS id FROM member_roles WHERE union_id = $1 AND role = ANY($2::text[]) ORDER BY 1`,
        [unionId, roles],
      );
      return rows.map((r) => r.id);
    },

    /** The union's supervisors, by id: whom to tell of a submission. */
    async supervisorIds(unionId: number): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT DISTINCT member_id AS id FROM member_roles WHERE union_id = $1 AND role = 'supervisor' ORDER BY 1`,
        [unionId],
      );
      return rows.map((r) => r.id);
    },
  };
}
