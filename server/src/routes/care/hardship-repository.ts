import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { HardshipMember, Suggestions } from './schemas';

export type HardshipRow = Static<typeof HardshipMember>;
export type CareSuggestionRow = Static<typeof Suggestions>['items'][number];

export interface HardshipFlag {
  memberId: number;
  unionId: number;
  cause: string;
  reviewOn: string;
  flaggedBy: number;
}

/** 困难职工档案 and the help cases that call for a visit. */
export function hardshipRepository(db: Queryable) {
  return {
    /** The union's 困难职工, those due for review (on or before `today`) first, with their last care visit. */
    async hardshipMembers(unionId: number, today: string): Promise<HardshipRow[]> {
      return db.query<HardshipRow>(
        `SELECT h.member_id AS "memberId", m.name AS "memberName", b.name AS "branchName", h.cause, h.review_on AS "reviewOn",
                h.review_on <= $2::date AS "reviewDue",
                (SELECT max(c.care_date) FROM care_records c WHERE c.member_id = h.member_id AND c.union_id = h.union_id) AS "lastCareOn"
           FROM hardship_members h JOIN members m ON m.id = h.member_id LEFT JOIN unions b ON b.id = m.branch_id
          WHERE h.union_id = $1 ORDER BY h.review_on, m.id`,
        [unionId, today],
      );
    },

    async isActiveMemberOf(memberId: number, unionId: number): Promise<boolean> {
      const rows = await db.query(`SELECT 1 FROM members WHERE id = $1 AND union_id = $2 AND status = 'active'`, [
        memberId,
        unionId,
      ]);
      return rows.length > 0;
    },

    /** Lists the member as 困难职工, or updates the cause and review date (the last flag wins). */
    async flagHardship(flag: HardshipFlag): Promise<void> {
      await db.query(
        `INSERT INTO hardship_members (member_id, union_id, cause, review_on, flagged_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (member_id) DO UPDATE SET cause = EXCLUDED.cause, review_on = EXCLUDED.review_on, flagged_by = EXCLUDED.flagged_by, updated_at = now()`,
        [flag.memberId, flag.unionId, flag.cause, flag.reviewOn, flag.flaggedBy],
      );
    },

    /** Takes the member off the list; false when they were not on it. */
    async unflagHardship(memberId: number, unionId: number): Promise<boolean> {
      const removed = await db.query(
        `DELETE FROM hardship_members WHERE member_id = $1 AND union_id = $2 RETURNING 1`,
        [memberId, unionId],
      );
      return removed.length > 0;
    },

    /**
     * Help cases of the given categories resolved in the last 180 days for active members with no
     * care record yet, newest first (at most 50).
     */
    async careSuggestions(unionId: number, categories: readonly string[]): Promise<CareSuggestionRow[]> {
      return db.query<CareSuggestionRow>(
        `SELECT h.id AS "helpCaseId", h.member_id AS "memberId", m.name AS "memberName", c.name AS category, h.resolved_at AS "resolvedAt"
           FROM help_requests h JOIN help_categories c ON c.id = h.category_id JOIN members m ON m.id = h.member_id
          WHERE h.union_id = $1 AND h.status IN ('resolved', 'closed') AND c.name = ANY($2::text[]) AND m.status = 'active'
            AND h.resolved_at > now() - interval '180 days'
            AND NOT EXISTS (SELECT 1 FROM care_records r WHERE r.help_request_id = h.id)
          ORDER BY h.resolved_at DESC LIMIT 50`,
        [unionId, categories],
      );
    },
  };
}
