import type { Queryable } from '../../db';
import type { MotionCategory, MotionRating, MotionStatus } from './rules';

export interface MotionRow {
  id: number;
  sessionId: number;
  unionId: number;
  authorId: number;
  authorName: string;
  suggestionId: number | null;
  number: number | null;
  title: string;
  category: MotionCategory;
  reason: string;
  proposal: string;
  status: MotionStatus;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  rejectReason: string | null;
  rejectHandling: 'suggestion' | 'answered' | null;
  mergedIntoId: number | null;
  mergedIntoNumber: number | null;
  departmentId: number | null;
  departmentName: string | null;
  dueOn: string | null;
  round: 1 | 2;
  createdAt: Date;
  updatedAt: Date;
  seconders: { memberId: number; name: string }[];
}

export interface ReplyRow {
  round: 1 | 2;
  body: string;
  repliedAt: Date;
  onTime: boolean;
  rating: MotionRating | null;
  ratingComment: string | null;
  ratedAt: Date | null;
}

const MOTION_SELECT = `SELECT m.id, m.session_id AS "sessionId", m.union_id AS "unionId", m.author_id AS "authorId", a.name AS "authorName",
    m.suggestion_id AS "suggestionId", m.number, m.title, m.category, m.reason, m.proposal, m.status,
    m.submitted_at AS "submittedAt", m.reviewed_at AS "reviewedAt", m.reject_reason AS "rejectReason",
    m.reject_handling AS "rejectHandling", m.merged_into_id AS "mergedIntoId", into_m.number AS "mergedIntoNumber",
    m.department_id AS "departmentId", d.name AS "departmentName", m.due_on AS "dueOn", m.round,
    m.created_at AS "createdAt", m.updated_at AS "updatedAt",
    coalesce((SELECT json_agg(json_build_object('memberId', s.member_id, 'name', sm.name) ORDER BY s.created_at, s.member_id)
                FROM congress_seconds s JOIN members sm ON sm.id = s.member_id WHERE s.motion_id = m.id), '[]') AS seconders
  FROM congress_motions m
  JOIN members a ON a.id = m.author_id
  LEFT JOIN congress_departments d ON d.id = m.department_id
  LEFT JOIN congress_motions into_m ON into_m.id = m.merged_into_id`;

export interface NewMotion {
  sessionId: number;
  unionId: number;
  authorId: number;
  clientKey: string;
  suggestionId?: number | null;
  title: string;
  category: MotionCategory;
  reason: string;
  proposal: string;
  at: Date;
}

/** The motions and their 附议 and replies. Returns null for not found; never builds HTTP errors. */
export function motionsRepository(db: Queryable) {
  return {
    async find(id: number): Promise<MotionRow | null> {
      const [row] = await db.query<MotionRow>(`${MOTION_SELECT} WHERE m.id = $1`, [id]);
      return row ?? null;
    },

    /** Locks the motion row for one change; the caller then reads it whole with find(). */
    async lock(id: number): Promise<boolean> {
      return (await db.query(`SELECT 1 FROM congress_motions WHERE id = $1 FOR UPDATE`, [id])).length > 0;
    },

    async listForSession(sessionId: number): Promise<MotionRow[]> {
      return db.query<MotionRow>(`${MOTION_SELECT} WHERE m.session_id = $1 ORDER BY m.number NULLS LAST, m.id`, [
        sessionId,
      ]);
    },

    /** A retried create (same author and client key) answers the motion the first one made. */
    async insert(n: NewMotion): Promise<number> {
      const [made] = await db.query<{ id: number }>(
        `INSERT INTO congress_motions (session_id, union_id, author_id, client_key, suggestion_id, title, category, reason, proposal, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
         ON CONFLICT (author_id, client_key) DO NOTHING RETURNING id`,
        [
          n.sessionId,
          n.unionId,
          n.authorId,
          n.clientKey,
          n.suggestionId ?? null,
          n.title,
          n.category,
          n.reason,
          n.proposal,
          n.at,
        ],
      );
      if (made) return made.id;
      const [existing] = await db.query<{ id: number }>(
        `SELECT id FROM congress_motions WHERE author_id = $1 AND client_key = $2`,
        [n.authorId, n.clientKey],
      );
      return existing!.id;
    },

    async updateDraft(
      id: number,
      fields: { title: string; category: MotionCategory; reason: string; proposal: string },
      at: Date,
    ) {
      await db.query(
        `UPDATE congress_motions SET title = $2, category = $3, reason = $4, proposal = $5, updated_at = $6 WHERE id = $1 AND status = 'draft'`,
        [id, fields.title, fields.category, fields.reason, fields.proposal, at],
      );
    },

    /** Answers whether this 附议 is new (false when the 代表 had already seconded). */
    async second(motionId: number, memberId: number, at: Date): Promise<boolean> {
      const rows = await db.query(
        `INSERT INTO congress_seconds (motion_id, member_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
        [motionId, memberId, at],
      );
      return rows.length > 0;
    },

    /** The seconder's name, as the motion's author is told it. */
    async memberName(memberId: number): Promise<string> {
      const [row] = await db.query<{ name: string }>(`SELECT name FROM members WHERE id = $1`, [memberId]);
      return row!.name;
    },

    /** The next number in the session is taken under the session's lock, so two submissions never share one. */
    async submit(id: number, sessionId: number, at: Date): Promise<number> {
      await db.query(`SELECT 1 FROM congress_sessions WHERE id = $1 FOR UPDATE`, [sessionId]);
      const [row] = await db.query<{ number: number }>(
        `UPDATE congress_motions SET status = 'submitted', submitted_at = $3, updated_at = $3,
                number = (SELECT coalesce(max(number), 0) + 1 FROM congress_motions WHERE session_id = $2)
          WHERE id = $1 RETURNING number`,
        [id, sessionId, at],
      );
      return row!.number;
    },

    async accept(id: number, r: { by: number; departmentId: number; dueOn: string; at: Date }) {
      await db.query(
        `UPDATE congress_motions SET status = 'accepted', reviewed_at = $5, reviewed_by = $2, department_id = $3, due_on = $4, updated_at = $5 WHERE id = $1`,
        [id, r.by, r.departmentId, r.dueOn, r.at],
      );
    },

    async reject(id: number, r: { by: number; reason: string; handling: 'suggestion' | 'answered'; at: Date }) {
      await db.query(
        `UPDATE congress_motions SET status = 'rejected', reviewed_at = $5, reviewed_by = $2, reject_reason = $3, reject_handling = $4, updated_at = $5 WHERE id = $1`,
        [id, r.by, r.reason, r.handling, r.at],
      );
    },

    async merge(id: number, r: { by: number; intoId: number; at: Date }) {
      await db.query(
        `UPDATE congress_motions SET status = 'merged', reviewed_at = $4, reviewed_by = $2, merged_into_id = $3, updated_at = $4 WHERE id = $1`,
        [id, r.by, r.intoId, r.at],
      );
    },

    async replies(motionId: number): Promise<ReplyRow[]> {
      return db.query<ReplyRow>(
        `SELECT round, body, replied_at AS "repliedAt", on_time AS "onTime", rating, rating_comment AS "ratingComment", rated_at AS "ratedAt"
           FROM congress_replies WHERE motion_id = $1 ORDER BY round`,
        [motionId],
      );
    },

    async addReply(motionId: number, r: { round: number; body: string; by: number; onTime: boolean; at: Date }) {
      await db.query(
        `INSERT INTO congress_replies (motion_id, round, body, replied_by, replied_at, on_time) VALUES ($1, $2, $3, $4, $5, $6)`,
        [motionId, r.round, r.body, r.by, r.at, r.onTime],
      );
      await db.query(`UPDATE congress_motions SET status = 'replied', updated_at = $2 WHERE id = $1`, [motionId, r.at]);
    },

    async rate(motionId: number, round: number, r: { rating: MotionRating; comment: string | null; at: Date }) {
      await db.query(
        `UPDATE congress_replies SET rating = $3, rating_comment = $4, rated_at = $5 WHERE motion_id = $1 AND round = $2`,
        [motionId, round, r.rating, r.comment, r.at],
      );
    },

    async close(motionId: number, at: Date) {
      await db.query(`UPDATE congress_motions SET status = 'rated', updated_at = $2 WHERE id = $1`, [motionId, at]);
    },

    /** 不满意 on the first reply: back to the department once, with a new deadline. */
    async returnForSecondReply(motionId: number, dueOn: string, at: Date) {
      await db.query(
        `UPDATE congress_motions SET status = 'accepted', round = 2, due_on = $2, overdue_flagged_at = NULL, updated_at = $3 WHERE id = $1`,
        [motionId, dueOn, at],
      );
    },
  };
}
