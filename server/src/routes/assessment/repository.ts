import type { Queryable } from '../../db';
import { ANCESTORS } from '../../services/union-tree-sql';
import type { StandardItem } from './standard';

export interface RoundRow {
  id: number;
  unionId: number;
  unionName: string;
  year: number;
  title: string;
  opensOn: string;
  closesOn: string;
  items: StandardItem[];
  results: string[];
}
export interface AssessmentRow {
  id: number;
  status: 'draft' | 'submitted' | 'returned' | 'accepted';
  leadershipRating: 'excellent' | 'good' | 'fair' | 'poor' | null;
  leadershipNote: string;
  figures: Record<string, { label: string; value: number | null; unit: string }[]> | null;
  submittedAt: Date | null;
  reviewComment: string;
  result: string | null;
}
export interface ItemRow {
  key: string;
  selfScore: number;
  evidence: string;
  reviewScore: number | null;
  reviewComment: string;
}

/** Union $1 and every union above it. */
const SELF_AND_ANCESTORS = ANCESTORS('$1');
const ROUND = `r.id, r.union_id AS "unionId", u.name AS "unionName", r.year, r.title, r.opens_on AS "opensOn", r.closes_on AS "closesOn", r.items, r.results
  FROM assessment_rounds r JOIN unions u ON u.id = r.union_id`;
const ASSESSMENT = `a.id, a.status, a.leadership_rating AS "leadershipRating", a.leadership_note AS "leadershipNote", a.figures,
  a.submitted_at AS "submittedAt", a.review_comment AS "reviewComment", a.result FROM self_assessments a`;

export function assessmentRepository(db: Queryable) {
  return {
    async round(id: number): Promise<RoundRow | null> {
      const [row] = await db.query<RoundRow>(`SELECT ${ROUND} WHERE r.id = $1`, [id]);
      return row ?? null;
    },

    /**
     * Rounds an officer of union $1 takes part in: opened by the union itself or one above it (a
     * school fills them in, a district follows its schools in the city's round), or, for an upper
     * union, opened by a union below it.
     */
    async roundsFor(unionId: number, upper: boolean): Promise<RoundRow[]> {
      const below = upper ? `OR r.union_id IN (SELECT id FROM unions_under($1))` : '';
      return db.query<RoundRow>(
        `SELECT ${ROUND} WHERE r.union_id IN ${SELF_AND_ANCESTORS} ${below} ORDER BY r.year DESC, r.id DESC`,
        [unionId],
      );
    },

    async assessment(roundId: number, schoolId: number, lock = false): Promise<AssessmentRow | null> {
      const [row] = await db.query<AssessmentRow>(
        `SELECT ${ASSESSMENT} WHERE a.round_id = $1 AND a.union_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
        [roundId, schoolId],
      );
      return row ?? null;
    },

    /** The school's self-assessment in the round, created empty on first use (twice is once). */
    async ensureAssessment(roundId: number, schoolId: number): Promise<AssessmentRow> {
      await db.query(
        `INSERT INTO self_assessments (round_id, union_id) VALUES ($1, $2) ON CONFLICT (round_id, union_id) DO NOTHING`,
        [roundId, schoolId],
      );
      return (await this.assessment(roundId, schoolId, true))!;
    },

    async items(assessmentId: number): Promise<ItemRow[]> {
      return db.query<ItemRow>(
        `SELECT item_key AS key, self_score AS "selfScore", evidence, review_score AS "reviewScore", review_comment AS "reviewComment"
           FROM self_assessment_items WHERE assessment_id = $1`,
        [assessmentId],
      );
    },

    async files(assessmentId: number) {
      return db.query<{ id: number; key: string; fileName: string; contentType: string; sizeBytes: number }>(
        `SELECT id, item_key AS key, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes"
           FROM self_assessment_files WHERE assessment_id = $1 ORDER BY id`,
        [assessmentId],
      );
    },

    async peerReviews(roundId: number, schoolId: number) {
      return db.query<{ reviewerUnionId: number; reviewerName: string; comment: string }>(
        `SELECT p.reviewer_union_id AS "reviewerUnionId", u.name AS "reviewerName", p.comment
           FROM assessment_peer_reviews p JOIN unions u ON u.id = p.reviewer_union_id
          WHERE p.round_id = $1 AND p.union_id = $2 ORDER BY u.id`,
        [roundId, schoolId],
      );
    },

    async isPeerReviewer(roundId: number, schoolId: number, reviewerId: number): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM assessment_peer_reviews WHERE round_id = $1 AND union_id = $2 AND reviewer_union_id = $3`,
        [roundId, schoolId, reviewerId],
      );
      return rows.length > 0;
    },
  };
}
