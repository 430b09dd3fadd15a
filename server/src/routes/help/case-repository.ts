import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { OFFICER_ROLES } from '../../policy';
import { ROW, SUMMARY, SUMMARY_FROM } from './case-sql';
import type { HelpStatus, Rating } from './rules';
import type { MyHelpSummary } from './schemas';

/** A case as stored, for the rules that decide what may happen to it next. */
export interface HelpRow {
  id: number;
  unionId: number;
  memberId: number;
  categoryId: number;
  title: string;
  status: HelpStatus;
  handlerId: number | null;
  anonymous: boolean;
  responseDueOn: string;
  pausedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  rating: Rating | null;
}

export interface DetailRow extends Static<typeof MyHelpSummary> {
  memberId: number;
  unionId: number;
  categoryId: number;
  description: string;
  contactPreference: 'phone' | 'wechat' | 'in_person' | 'message';
  outcome: string | null;
  rejectReason: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rating: Rating | null;
  ratingComment: string;
  handlerId: number | null;
  source: 'member' | 'reception';
  memberName: string;
  memberStaffNo: string;
  memberPhone: string;
  branchName: string | null;
}

// Serialises one member's submissions (pg_advisory_xact_lock's first key): see lockSubmissions.
const LOCK_HELP_SUBMIT = 7401;

/** One case: its row, its changes, the people who handle it. */
export function caseQueries(db: Queryable) {
  return {
    async insertRequest(input: {
      unionId: number;
      memberId: number;
      categoryId: number;
      title: string;
      description: string;
      urgency: string;
      contactPreference: string;
      anonymous: boolean;
      source: 'member' | 'reception';
      sourceRef: string | null;
      status: 'submitted' | 'accepted';
      handlerId: number | null;
      responseDueOn: string;
      at: Date;
    }): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO help_requests (union_id, member_id, category_id, title, description, urgency, contact_preference,
                                    anonymous, source, source_ref, status, handler_id, response_due_on, accepted_at,
                                    created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, CASE WHEN $12::int IS NULL THEN NULL ELSE $14::timestamptz END, $14, $14)
         RETURNING id`,
        [
          input.unionId,
          input.memberId,
          input.categoryId,
          input.title,
          input.description,
          input.urgency,
          input.contactPreference,
          input.anonymous,
          input.source,
          input.sourceRef,
          input.status,
          input.handlerId,
          input.responseDueOn,
          input.at,
        ],
      );
      return row!.id;
    },

    /** Until the transaction ends, this member's other submissions wait: two taps then see each other. */
    async lockSubmissions(memberId: number): Promise<void> {
      await db.query(`SELECT pg_advisory_xact_lock(${LOCK_HELP_SUBMIT}, $1)`, [memberId]);
    },

    /** The member's own identical request made within the last `minutes`, if any. */
    async recentDuplicate(input: {
      memberId: number;
      categoryId: number;
      title: string;
      description: string;
      now: Date;
      minutes: number;
    }): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(
        `SELECT id FROM help_requests
          WHERE member_id = $1 AND source = 'member' AND category_id = $2 AND title = $3 AND description = $4
            AND status <> 'withdrawn' AND created_at > $5::timestamptz - make_interval(mins => $6)
          ORDER BY id DESC LIMIT 1`,
        [input.memberId, input.categoryId, input.title, input.description, input.now, input.minutes],
      );
      return row?.id ?? null;
    },

    /** The case, locked until the transaction ends: every change to a case starts here. */
    async lock(id: number): Promise<HelpRow | null> {
      const [row] = await db.query<HelpRow>(`SELECT ${ROW} FROM help_requests r WHERE r.id = $1 FOR UPDATE`, [id]);
      return row ?? null;
    },

    async find(id: number): Promise<HelpRow | null> {
      const [row] = await db.query<HelpRow>(`SELECT ${ROW} FROM help_requests r WHERE r.id = $1`, [id]);
      return row ?? null;
    },

    /** Sets the given columns (snake_case names from this module only) and touches updated_at. */
    async update(id: number, at: Date, changes: Record<string, unknown>): Promise<void> {
      const columns = Object.keys(changes);
      const sets = columns.map((column, i) => `${column} = $${i + 3}`);
      await db.query(`UPDATE help_requests SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1`, [
        id,
        at,
        ...Object.values(changes),
      ]);
    },

    /** Back to work after the member reopened it: the old rating and the planned 回访 no longer stand. */
    async reopen(id: number, at: Date): Promise<void> {
      await db.query(
        `UPDATE help_requests SET status = 'in_progress', closed_at = NULL, rating = NULL, rating_comment = '', rated_at = NULL,
                reopened_count = reopened_count + 1, updated_at = $2
          WHERE id = $1`,
        [id, at],
      );
      await db.query(`UPDATE help_visits SET status = 'cancelled' WHERE request_id = $1 AND status = 'planned'`, [id]);
    },

    /** Everything a detail page shows about the case itself; who may see what is decided by the caller. */
    async detail(id: number, today: string) {
      const [row] = await db.query<DetailRow>(
        `SELECT ${SUMMARY}, r.member_id AS "memberId", r.union_id AS "unionId", r.category_id AS "categoryId",
                r.description, r.contact_preference AS "contactPreference", r.outcome, r.reject_reason AS "rejectReason",
                r.resolved_at AS "resolvedAt", r.closed_at AS "closedAt", r.rating, r.rating_comment AS "ratingComment",
                r.handler_id AS "handlerId", r.source,
                m.name AS "memberName", m.staff_no AS "memberStaffNo", m.phone AS "memberPhone", b.name AS "branchName"
           FROM ${SUMMARY_FROM} JOIN members m ON m.id = r.member_id LEFT JOIN unions b ON b.id = m.branch_id
          WHERE r.id = $2`,
        [today, id],
      );
      return row ?? null;
    },

    /** Staff and the chair of the union: who may handle its cases. */
    async handlers(unionId: number) {
      return db.query<{ id: number; name: string; role: (typeof OFFICER_ROLES)[number] }>(
        `SELECT DISTINCT ON (m.id) m.id, m.name, r.role FROM member_roles r JOIN members m ON m.id = r.member_id
          WHERE r.union_id = $1 AND r.role = ANY($2) AND m.status = 'active'
          ORDER BY m.id, r.role DESC`,
        [unionId, OFFICER_ROLES],
      );
    },

    async memberName(id: number): Promise<string | null> {
      const [row] = await db.query<{ name: string }>(`SELECT name FROM members WHERE id = $1`, [id]);
      return row?.name ?? null;
    },
  };
}
