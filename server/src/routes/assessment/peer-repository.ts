import type { Queryable } from '../../db';

export interface PeerPairRow {
  schoolId: number;
  schoolName: string;
  reviewerSchoolId: number;
  reviewerName: string;
  comment: string;
  commentedAt: Date | null;
}

/** One school looking over another's self-assessment in a round. */
export interface PeerAssignment {
  schoolId: number;
  reviewerSchoolId: number;
}

/** 片组互查: who looks over whom in a round, and what they wrote. */
export function peerRepository(db: Queryable) {
  return {
    /** Every pair whose school is below the upper union $2, by school and reviewer name. */
    async peerPairsUnder(roundId: number, upperUnionId: number): Promise<PeerPairRow[]> {
      return db.query<PeerPairRow>(
        `SELECT p.union_id AS "schoolId", s.name AS "schoolName", p.reviewer_union_id AS "reviewerSchoolId",
                r.name AS "reviewerName", p.comment, p.commented_at AS "commentedAt"
           FROM assessment_peer_reviews p JOIN unions s ON s.id = p.union_id JOIN unions r ON r.id = p.reviewer_union_id
          WHERE p.round_id = $1 AND p.union_id IN (SELECT id FROM unions_under($2))
          ORDER BY s.name, r.name`,
        [roundId, upperUnionId],
      );
    },

    /** The pairs in which the school $2 is the reviewer, by school and reviewer name. */
    async peerPairsReviewedBy(roundId: number, reviewerSchoolId: number): Promise<PeerPairRow[]> {
      return db.query<PeerPairRow>(
        `SELECT p.union_id AS "schoolId", s.name AS "schoolName", p.reviewer_union_id AS "reviewerSchoolId",
                r.name AS "reviewerName", p.comment, p.commented_at AS "commentedAt"
           FROM assessment_peer_reviews p JOIN unions s ON s.id = p.union_id JOIN unions r ON r.id = p.reviewer_union_id
          WHERE p.round_id = $1 AND p.reviewer_union_id = $2
          ORDER BY s.name, r.name`,
        [roundId, reviewerSchoolId],
      );
    },

    /** The kind of a union ('school', 'district', …), or null when there is no such union. */
    async unionKind(unionId: number): Promise<string | null> {
      const [row] = await db.query<{ kind: string }>(`SELECT kind FROM unions WHERE id = $1`, [unionId]);
      return row?.kind ?? null;
    },

    /** Drops the pairs below the upper union that `kept` no longer holds; kept pairs keep their comment. */
    async deletePeerPairsNotIn(roundId: number, upperUnionId: number, kept: readonly PeerAssignment[]): Promise<void> {
      await db.query(
        `DELETE FROM assessment_peer_reviews p WHERE p.round_id = $1 AND p.union_id IN (SELECT id FROM unions_under($2))
           AND NOT EXISTS (SELECT 1 FROM unnest($3::int[], $4::int[]) AS k(school, reviewer)
                            WHERE k.school = p.union_id AND k.reviewer = p.reviewer_union_id)`,
        [roundId, upperUnionId, kept.map((p) => p.schoolId), kept.map((p) => p.reviewerSchoolId)],
      );
    },

    /** Adds a pair; one already there is left as it is (twice is once). */
    async insertPeerPair(roundId: number, pair: PeerAssignment, assignedBy: number): Promise<void> {
      await db.query(
        `INSERT INTO assessment_peer_reviews (round_id, union_id, reviewer_union_id, assigned_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [roundId, pair.schoolId, pair.reviewerSchoolId, assignedBy],
      );
    },

    /** The reviewer's comment on the school; saving again keeps the last. */
    async savePeerComment(roundId: number, schoolId: number, reviewerSchoolId: number, comment: string): Promise<void> {
      await db.query(
        `UPDATE assessment_peer_reviews SET comment = $4, commented_at = now() WHERE round_id = $1 AND union_id = $2 AND reviewer_union_id = $3`,
        [roundId, schoolId, reviewerSchoolId, comment],
      );
    },
  };
}
