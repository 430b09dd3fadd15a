import type { Queryable } from '../../db';
import { AUDIENCE_COUNT, IN_AUDIENCE } from './survey-sql';
import type { BranchAudience } from './tally';

/** Who a survey reaches and who took part: audience, turnout, receipts (part of the survey repository). */
export function audienceQueries(db: Queryable) {
  return {
    async audienceBranches(surveyId: number): Promise<{ id: number; name: string }[]> {
      return db.query(
        `SELECT u.id, u.name FROM survey_branches sb JOIN unions u ON u.id = sb.branch_id WHERE sb.survey_id = $1 ORDER BY u.id`,
        [surveyId],
      );
    },

    async isInAudience(surveyId: number, memberId: number): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM surveys s JOIN members m ON m.id = $2 WHERE s.id = $1 AND ${IN_AUDIENCE}`,
        [surveyId, memberId],
      );
      return rows.length === 1;
    },

    async audienceMemberIds(surveyId: number, onlyNotAnswered: boolean): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT m.id FROM surveys s JOIN members m ON ${IN_AUDIENCE}
          WHERE s.id = $1 ${onlyNotAnswered ? 'AND NOT EXISTS (SELECT 1 FROM survey_participants p WHERE p.survey_id = s.id AND p.member_id = m.id)' : ''}
          ORDER BY m.id`,
        [surveyId],
      );
      return rows.map((r) => r.id);
    },

    async receiptOf(surveyId: number, memberId: number): Promise<string | null> {
      const [row] = await db.query<{ receipt_code: string }>(
        `SELECT receipt_code FROM survey_participants WHERE survey_id = $1 AND member_id = $2`,
        [surveyId, memberId],
      );
      return row?.receipt_code ?? null;
    },

    /** Whose receipt this is, within one union; the receipt says nothing of the answers. */
    async findReceipt(unionId: number, code: string) {
      const [row] = await db.query<{ surveyId: number; surveyTitle: string; memberName: string }>(
        `SELECT s.id AS "surveyId", s.title AS "surveyTitle", m.name AS "memberName"
           FROM survey_participants p JOIN surveys s ON s.id = p.survey_id JOIN members m ON m.id = p.member_id
          WHERE p.receipt_code = $1 AND s.union_id = $2`,
        [code, unionId],
      );
      return row ?? null;
    },

    /** Audience and participation counts; members who left after answering still count as audience. */
    async turnout(surveyId: number): Promise<{ audience: number; answered: number }> {
      const [row] = await db.query<{ audience: number; answered: number }>(
        `SELECT ${AUDIENCE_COUNT} AS audience,
                (SELECT count(*)::int FROM survey_participants p WHERE p.survey_id = s.id) AS answered
           FROM surveys s WHERE s.id = $1`,
        [surveyId],
      );
      return row ?? { audience: 0, answered: 0 };
    },

    /** Audience size of each 分工会 in the audience (for the breakdown's 参评率). */
    async branchAudience(surveyId: number): Promise<BranchAudience[]> {
      return db.query<BranchAudience>(
        `SELECT b.id AS "branchId", b.name,
                (SELECT count(*)::int FROM members m WHERE m.branch_id = b.id AND ${IN_AUDIENCE}) AS audience
           FROM surveys s JOIN unions b ON b.parent_id = s.union_id AND b.kind = 'branch'
          WHERE s.id = $1 AND (NOT EXISTS (SELECT 1 FROM survey_branches sb WHERE sb.survey_id = s.id)
                               OR b.id IN (SELECT sb.branch_id FROM survey_branches sb WHERE sb.survey_id = s.id))
          ORDER BY b.id`,
        [surveyId],
      );
    },

    async branchOptions(unionId: number) {
      const items = await db.query<{ id: number; name: string; memberCount: number }>(
        `SELECT b.id, b.name, (SELECT count(*)::int FROM members m WHERE m.branch_id = b.id AND m.status = 'active') AS "memberCount"
           FROM unions b WHERE b.parent_id = $1 AND b.kind = 'branch' ORDER BY b.id`,
        [unionId],
      );
      const [all] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM members WHERE union_id = $1 AND status = 'active'`,
        [unionId],
      );
      return { items, memberCount: all!.n };
    },

    /** How many of the given ids are 分工会 of this union. */
    async countOwnBranches(unionId: number, branchIds: number[]): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM unions WHERE parent_id = $1 AND kind = 'branch' AND id = ANY($2::int[])`,
        [unionId, branchIds],
      );
      return row!.n;
    },
  };
}
