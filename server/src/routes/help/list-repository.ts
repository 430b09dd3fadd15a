import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { keysetPage } from '../../schemas/keyset';
import { OPEN_LIST, OVERDUE, SUMMARY, SUMMARY_FROM, URGENCY_RANK } from './case-sql';
import { OPEN_STATUSES, type HelpStatus, type Rating } from './rules';
import type { CaseListQuery, HelpCaseSummary, MyHelpSummary } from './schemas';
import { instantOf, microsOf } from '../../schemas/keyset-sql';

/** Where the member's list goes on: after (open, updated_at in microseconds, id). */
export type MineKey = readonly [boolean, string, number];
/** Where the queue goes on: after (overdue, open, urgency rank, id). */
export type QueueKey = readonly [boolean, boolean, number, number];

type CaseFilter = Omit<Static<typeof CaseListQuery>, 'limit' | 'after'> & { limit: number; after: QueueKey | null };

export interface ExportRow {
  id: number;
  createdAt: Date;
  categoryName: string;
  title: string;
  status: HelpStatus;
  urgency: 'normal' | 'urgent' | 'critical';
  anonymous: boolean;
  memberName: string | null;
  handlerName: string | null;
  responseDueOn: string;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  rating: Rating | null;
  ratedAt: Date | null;
  ratingComment: string;
  overdue: boolean;
}

const OPEN = `(r.status IN ${OPEN_LIST})`;

/** The lists of cases: the member's own, the union's queue, its counts, its export. */
export function listQueries(db: Queryable) {
  return {
    /** The member's cases, open ones first, then the most recently changed; by keyset. */
    async listMine(memberId: number, today: string, limit: number, after: MineKey | null) {
      const params: unknown[] = [today, memberId];
      const page = after
        ? `AND (${OPEN}, r.updated_at, r.id) < ($${params.push(after[0])}::boolean,
                ${instantOf(`$${params.push(after[1])}`)}, $${params.push(after[2])}::int)`
        : '';
      const rows = await db.query<Static<typeof MyHelpSummary> & { keyOpen: boolean; keyTime: string }>(
        `SELECT ${SUMMARY}, ${OPEN} AS "keyOpen", ${microsOf('r.updated_at')} AS "keyTime"
           FROM ${SUMMARY_FROM} WHERE r.member_id = $2 ${page}
          ORDER BY ${OPEN} DESC, r.updated_at DESC, r.id DESC LIMIT $${params.push(limit + 1)}`,
        params,
      );
      const { items, next } = keysetPage(rows, limit, (r) => [r.keyOpen, r.keyTime, r.id]);
      return { items: items.map(({ keyOpen: _o, keyTime: _t, ...item }) => item), next };
    },

    /**
     * The union's queue: overdue first, then the other open cases, the most urgent first, then the
     * newest. Read in two parts, each an index range: the open cases (few, whatever the years) and
     * the finished ones, which the partial index of migration 073 keeps in the queue's own order,
     * so a page of them never sorts every case the union ever had.
     */
    async listCases(unionId: number, callerId: number, today: string, filter: CaseFilter) {
      const params: unknown[] = [today, unionId];
      const where = ['r.union_id = $2'];
      if (filter.status === 'open') where.push(OPEN);
      else if (filter.status) where.push(`r.status = $${params.push(filter.status)}`);
      if (filter.categoryId) where.push(`r.category_id = $${params.push(filter.categoryId)}`);
      if (filter.overdue !== undefined) where.push(filter.overdue ? OVERDUE : `NOT ${OVERDUE}`);
      if (filter.mine) where.push(`r.handler_id = $${params.push(callerId)}`);
      const clause = where.join(' AND ');
      const onlyOpen =
        filter.status === 'open' || filter.overdue === true || OPEN_STATUSES.includes(filter.status as HelpStatus);
      const onlyDone = (filter.status !== undefined && !onlyOpen) || (filter.after !== null && !filter.after[1]);
      const limit = `$${params.push(filter.limit + 1)}`;
      const a = filter.after;
      const parts: string[] = [];
      if (!onlyDone) {
        const page = a
          ? `AND (${OVERDUE}, ${URGENCY_RANK}, r.id) < ($${params.push(a[0])}::boolean, $${params.push(a[2])}::int, $${params.push(a[3])}::int)`
          : '';
        parts.push(`(SELECT r.id, ${OVERDUE} AS o, true AS op, ${URGENCY_RANK} AS u FROM help_requests r
                      WHERE ${clause} AND ${OPEN} ${page} ORDER BY o DESC, u DESC, r.id DESC LIMIT ${limit})`);
      }
      if (!onlyOpen) {
        const page =
          a && !a[1] ? `AND (${URGENCY_RANK}, r.id) < ($${params.push(a[2])}::int, $${params.push(a[3])}::int)` : '';
        parts.push(`(SELECT r.id, false AS o, false AS op, ${URGENCY_RANK} AS u FROM help_requests r
                      WHERE ${clause} AND r.status NOT IN ${OPEN_LIST} ${page} ORDER BY ${URGENCY_RANK} DESC, r.id DESC LIMIT ${limit})`);
      }
      if (parts.length === 0) return { items: [], next: null };
      // The page is chosen from the cases alone, and only its rows are joined to names.
      const rows = await db.query<Static<typeof HelpCaseSummary> & { o: boolean; op: boolean; u: number }>(
        `WITH page AS (SELECT * FROM (${parts.join(' UNION ALL ')}) p ORDER BY o DESC, op DESC, u DESC, id DESC LIMIT ${limit})
         SELECT ${SUMMARY}, CASE WHEN r.anonymous THEN NULL ELSE m.name END AS "memberName",
                CASE WHEN r.anonymous THEN NULL ELSE b.name END AS "branchName", page.o, page.op, page.u
           FROM page JOIN ${SUMMARY_FROM} ON r.id = page.id JOIN members m ON m.id = r.member_id
           LEFT JOIN unions b ON b.id = m.branch_id
          ORDER BY page.o DESC, page.op DESC, page.u DESC, r.id DESC`,
        params,
      );
      const { items, next } = keysetPage(rows, filter.limit, (r) => [r.o, r.op, r.u, r.id]);
      return { items: items.map(({ o: _o, op: _op, u: _u, ...item }) => item), next };
    },

    /**
     * The counts on the queue's strip: of open cases, so only those are read, and of the union's planned
     * visits, by the union each visit carries (migration 090), so no closed case is read.
     */
    async summary(unionId: number, today: string) {
      const [row] = await db.query<{
        open: number;
        submitted: number;
        overdue: number;
        waitingMember: number;
        visitsDue: number;
        visitsOverdue: number;
      }>(
        `SELECT count(*)::int AS open,
                count(*) FILTER (WHERE r.status = 'submitted')::int AS submitted,
                count(*) FILTER (WHERE ${OVERDUE})::int AS overdue,
                count(*) FILTER (WHERE r.status = 'waiting_member')::int AS "waitingMember",
                (SELECT count(*) FROM help_visits v
                  WHERE v.union_id = $2 AND v.status = 'planned' AND v.due_on <= $1::date)::int AS "visitsDue",
                (SELECT count(*) FROM help_visits v
                  WHERE v.union_id = $2 AND v.status = 'planned' AND v.due_on < $1::date)::int AS "visitsOverdue"
           FROM help_requests r WHERE r.union_id = $2 AND ${OPEN}`,
        [today, unionId],
      );
      return row!;
    },

    async exportRows(unionId: number, from: Date, to: Date, today: string) {
      return db.query<ExportRow>(
        `SELECT r.id, r.created_at AS "createdAt", c.name AS "categoryName", r.title, r.status, r.urgency, r.anonymous,
                CASE WHEN r.anonymous THEN NULL ELSE m.name END AS "memberName", h.name AS "handlerName",
                r.response_due_on::text AS "responseDueOn", r.first_response_at AS "firstResponseAt",
                r.resolved_at AS "resolvedAt", r.rating, r.rated_at AS "ratedAt", r.rating_comment AS "ratingComment",
                ${OVERDUE} AS overdue
           FROM ${SUMMARY_FROM} JOIN members m ON m.id = r.member_id
          WHERE r.union_id = $2 AND ((r.created_at >= $3 AND r.created_at < $4) OR (r.rated_at >= $3 AND r.rated_at < $4))
          ORDER BY r.created_at, r.id`,
        [today, unionId, from, to],
      );
    },
  };
}
