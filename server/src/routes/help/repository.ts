import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { DEFAULT_CATEGORIES, type HelpStatus, OPEN_STATUSES, type Rating } from './rules';
import type { CaseListQuery, ClosedDay, HelpCaseSummary, HelpCategory, MyHelpSummary, VisitListItem } from './schemas';
import type { ClosedRange } from './working-days';

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

export interface NewEvent {
  requestId: number;
  kind: string;
  actorId: number | null;
  actorRole: 'member' | 'handler' | 'system';
  body?: string;
  internal?: boolean;
  statusAfter?: HelpStatus | null;
  at: Date;
}

const ROW = `r.id, r.union_id AS "unionId", r.member_id AS "memberId", r.category_id AS "categoryId", r.title, r.status,
  r.handler_id AS "handlerId", r.anonymous, r.response_due_on AS "responseDueOn", r.paused_at AS "pausedAt",
  r.first_response_at AS "firstResponseAt", r.resolved_at AS "resolvedAt", r.rating`;

/** Overdue: no first answer yet, the clock running, and the deadline's day is over. `$1` is today. */
const OVERDUE = `(r.first_response_at IS NULL AND r.status IN ('submitted', 'accepted', 'in_progress') AND r.response_due_on < $1::date)`;

const SUMMARY = `r.id, r.title, c.name AS "categoryName", r.status, r.urgency, r.anonymous,
  r.response_due_on::text AS "responseDueOn", ${OVERDUE} AS overdue, h.name AS "handlerName",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;
const SUMMARY_FROM = `help_requests r JOIN help_categories c ON c.id = r.category_id LEFT JOIN members h ON h.id = r.handler_id`;
const URGENCY_RANK = `CASE r.urgency WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END`;

type CaseFilter = Omit<Static<typeof CaseListQuery>, 'limit' | 'offset'> & { limit: number; offset: number };

export function helpRepository(db: Queryable) {
  return {
    // ---- categories, settings, closure days -------------------------------------------------
    /** A union's categories, created with the defaults the first time anyone asks. */
    async categories(unionId: number, includeInactive: boolean): Promise<Static<typeof HelpCategory>[]> {
      await db.query(
        `INSERT INTO help_categories (union_id, name, allows_anonymous, sort_order)
         SELECT $1, d.name, d.anonymous, d.ord
           FROM unnest($2::text[], $3::boolean[]) WITH ORDINALITY AS d(name, anonymous, ord)
          WHERE NOT EXISTS (SELECT 1 FROM help_categories WHERE union_id = $1)
         ON CONFLICT (union_id, name) DO NOTHING`,
        [unionId, DEFAULT_CATEGORIES.map((c) => c.name), DEFAULT_CATEGORIES.map((c) => c.allowsAnonymous)],
      );
      return db.query(
        `SELECT id, name, allows_anonymous AS "allowsAnonymous", active FROM help_categories
          WHERE union_id = $1 AND (active OR $2) ORDER BY sort_order, id`,
        [unionId, includeInactive],
      );
    },

    /** One of the union's categories, by id or by name. */
    async findCategory(
      unionId: number,
      by: { id: number } | { name: string },
    ): Promise<Static<typeof HelpCategory> | null> {
      const [column, value] = 'id' in by ? ['id', by.id] : ['name', by.name];
      const [row] = await db.query<Static<typeof HelpCategory>>(
        `SELECT id, name, allows_anonymous AS "allowsAnonymous", active FROM help_categories WHERE union_id = $1 AND ${column} = $2`,
        [unionId, value],
      );
      return row ?? null;
    },

    /** null when the name is already taken in this union. */
    async createCategory(unionId: number, name: string, allowsAnonymous: boolean): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO help_categories (union_id, name, allows_anonymous, sort_order)
         SELECT $1, $2, $3, coalesce(max(sort_order), 0) + 1 FROM help_categories WHERE union_id = $1
         ON CONFLICT (union_id, name) DO NOTHING RETURNING id`,
        [unionId, name, allowsAnonymous],
      );
      return row?.id ?? null;
    },

    async updateCategory(
      unionId: number,
      id: number,
      input: { name?: string; allowsAnonymous?: boolean; active?: boolean },
    ): Promise<boolean> {
      const rows = await db.query(
        `UPDATE help_categories SET name = coalesce($3, name), allows_anonymous = coalesce($4, allows_anonymous),
                active = coalesce($5, active)
          WHERE union_id = $1 AND id = $2 RETURNING id`,
        [unionId, id, input.name ?? null, input.allowsAnonymous ?? null, input.active ?? null],
      );
      return rows.length === 1;
    },

    async responseDays(unionId: number): Promise<number> {
      const [row] = await db.query<{ days: number }>(
        `SELECT coalesce((SELECT response_days FROM help_settings WHERE union_id = $1), 5) AS days`,
        [unionId],
      );
      return row!.days;
    },

    async setResponseDays(unionId: number, days: number): Promise<void> {
      await db.query(
        `INSERT INTO help_settings (union_id, response_days) VALUES ($1, $2)
         ON CONFLICT (union_id) DO UPDATE SET response_days = EXCLUDED.response_days, updated_at = now()`,
        [unionId, days],
      );
    },

    /** Closure ranges that end on or after `from`: all a deadline counted from `from` can meet. */
    async closedRanges(unionId: number, from: string): Promise<ClosedRange[]> {
      return db.query<ClosedRange>(
        `SELECT starts_on AS "startsOn", ends_on AS "endsOn" FROM union_closed_days WHERE union_id = $1 AND ends_on >= $2::date`,
        [unionId, from],
      );
    },

    async closedDays(unionId: number, from: string): Promise<Static<typeof ClosedDay>[]> {
      return db.query(
        `SELECT id, starts_on AS "startsOn", ends_on AS "endsOn", reason FROM union_closed_days
          WHERE union_id = $1 AND ends_on >= $2::date ORDER BY starts_on, id`,
        [unionId, from],
      );
    },

    async addClosedDays(
      unionId: number,
      input: { startsOn: string; endsOn: string; reason: string },
      by: number,
    ): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO union_closed_days (union_id, starts_on, ends_on, reason, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [unionId, input.startsOn, input.endsOn, input.reason, by],
      );
      return row!.id;
    },

    async removeClosedDays(unionId: number, id: number): Promise<boolean> {
      return (
        (await db.query(`DELETE FROM union_closed_days WHERE union_id = $1 AND id = $2 RETURNING id`, [unionId, id]))
          .length === 1
      );
    },

    // ---- cases ------------------------------------------------------------------------------
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

    async addEvent(e: NewEvent): Promise<void> {
      await db.query(
        `INSERT INTO help_events (request_id, kind, internal, actor_id, actor_role, body, status_after, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [e.requestId, e.kind, e.internal ?? false, e.actorId, e.actorRole, e.body ?? '', e.statusAfter ?? null, e.at],
      );
    },

    async listMine(memberId: number, today: string, limit: number, offset: number) {
      const items = await db.query<Static<typeof MyHelpSummary>>(
        `SELECT ${SUMMARY} FROM ${SUMMARY_FROM} WHERE r.member_id = $2
          ORDER BY (r.status = ANY($3)) DESC, r.updated_at DESC, r.id DESC LIMIT $4 OFFSET $5`,
        [today, memberId, OPEN_STATUSES, limit, offset],
      );
      const [count] = await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM help_requests WHERE member_id = $1`,
        [memberId],
      );
      return { items, total: count!.total };
    },

    /** The union's queue: overdue first, then the most urgent, then the newest. */
    async listCases(unionId: number, callerId: number, today: string, filter: CaseFilter) {
      const params: unknown[] = [today, unionId];
      const where = ['r.union_id = $2'];
      if (filter.status === 'open') where.push(`r.status = ANY($${params.push(OPEN_STATUSES)})`);
      else if (filter.status) where.push(`r.status = $${params.push(filter.status)}`);
      if (filter.categoryId) where.push(`r.category_id = $${params.push(filter.categoryId)}`);
      if (filter.overdue !== undefined) where.push(filter.overdue ? OVERDUE : `NOT ${OVERDUE}`);
      if (filter.mine) where.push(`r.handler_id = $${params.push(callerId)}`);
      const clause = where.join(' AND ');
      const order = `${OVERDUE} DESC, (r.status = ANY($${params.push(OPEN_STATUSES)})) DESC, ${URGENCY_RANK} DESC, r.id DESC`;
      // The page is chosen from the cases alone, and only its rows are joined to names: a school's queue
      // holds every case of every year, and joining all of them before the LIMIT grew with the years.
      const items = await db.query<Static<typeof HelpCaseSummary>>(
        `SELECT ${SUMMARY}, CASE WHEN r.anonymous THEN NULL ELSE m.name END AS "memberName",
                CASE WHEN r.anonymous THEN NULL ELSE b.name END AS "branchName"
           FROM ${SUMMARY_FROM} JOIN members m ON m.id = r.member_id LEFT JOIN unions b ON b.id = m.branch_id
          WHERE r.id IN (SELECT r.id FROM help_requests r WHERE ${clause} ORDER BY ${order}
                          LIMIT $${params.push(filter.limit)} OFFSET $${params.push(filter.offset)})
          ORDER BY ${order}`,
        params,
      );
      // $1 (today) is referenced even when no filter needs it: PostgreSQL refuses a parameter it cannot type.
      const [count] = await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM help_requests r WHERE ${clause} AND $1::date IS NOT NULL`,
        params.slice(0, params.length - 3),
      );
      return { items, total: count!.total };
    },

    async summary(unionId: number, today: string) {
      const [row] = await db.query<{
        open: number;
        submitted: number;
        overdue: number;
        waitingMember: number;
        visitsDue: number;
        visitsOverdue: number;
      }>(
        `SELECT count(*) FILTER (WHERE r.status = ANY($3))::int AS open,
                count(*) FILTER (WHERE r.status = 'submitted')::int AS submitted,
                count(*) FILTER (WHERE ${OVERDUE})::int AS overdue,
                count(*) FILTER (WHERE r.status = 'waiting_member')::int AS "waitingMember",
                (SELECT count(*) FROM help_visits v JOIN help_requests q ON q.id = v.request_id
                  WHERE q.union_id = $2 AND v.status = 'planned' AND v.due_on <= $1::date)::int AS "visitsDue",
                (SELECT count(*) FROM help_visits v JOIN help_requests q ON q.id = v.request_id
                  WHERE q.union_id = $2 AND v.status = 'planned' AND v.due_on < $1::date)::int AS "visitsOverdue"
           FROM help_requests r WHERE r.union_id = $2`,
        [today, unionId, OPEN_STATUSES],
      );
      return row!;
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

    /** The timeline; `withInternal` false leaves the handlers' notes out in SQL, not after. */
    async events(id: number, withInternal: boolean, anonymousMember: boolean) {
      return db.query<{
        id: number;
        kind: string;
        body: string;
        actorRole: 'member' | 'handler' | 'system';
        actorName: string | null;
        statusAfter: HelpStatus | null;
        internal: boolean;
        createdAt: Date;
      }>(
        `SELECT e.id, e.kind, e.body, e.actor_role AS "actorRole",
                CASE WHEN e.actor_role = 'member' AND $3 THEN NULL ELSE a.name END AS "actorName",
                e.status_after AS "statusAfter", e.internal, e.created_at AS "createdAt"
           FROM help_events e LEFT JOIN members a ON a.id = e.actor_id
          WHERE e.request_id = $1 AND (NOT e.internal OR $2)
          ORDER BY e.id`,
        [id, withInternal, anonymousMember],
      );
    },

    async attachments(requestId: number) {
      return db.query<{
        id: number;
        fileName: string;
        contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
        sizeBytes: number;
        createdAt: Date;
      }>(
        `SELECT id, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", created_at AS "createdAt"
           FROM help_attachments WHERE request_id = $1 ORDER BY id`,
        [requestId],
      );
    },

    async attachmentCount(requestId: number): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM help_attachments WHERE request_id = $1`,
        [requestId],
      );
      return row!.n;
    },

    async insertAttachment(input: {
      requestId: number;
      uploadedBy: number;
      storageKey: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      at: Date;
    }) {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO help_attachments (request_id, uploaded_by, storage_key, file_name, content_type, size_bytes, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          input.requestId,
          input.uploadedBy,
          input.storageKey,
          input.fileName,
          input.contentType,
          input.sizeBytes,
          input.at,
        ],
      );
      return row!.id;
    },

    async findAttachment(id: number) {
      const [row] = await db.query<{
        id: number;
        storageKey: string;
        contentType: string;
        fileName: string;
        memberId: number;
        unionId: number;
      }>(
        `SELECT a.id, a.storage_key AS "storageKey", a.content_type AS "contentType", a.file_name AS "fileName",
                r.member_id AS "memberId", r.union_id AS "unionId"
           FROM help_attachments a JOIN help_requests r ON r.id = a.request_id WHERE a.id = $1`,
        [id],
      );
      return row ?? null;
    },

    // ---- people -----------------------------------------------------------------------------
    /** Staff and the chair of the union: who may handle its cases. */
    async handlers(unionId: number) {
      return db.query<{ id: number; name: string; role: 'staff' | 'chair' }>(
        `SELECT DISTINCT ON (m.id) m.id, m.name, r.role FROM member_roles r JOIN members m ON m.id = r.member_id
          WHERE r.union_id = $1 AND r.role IN ('staff', 'chair') AND m.status = 'active'
          ORDER BY m.id, r.role DESC`,
        [unionId],
      );
    },

    async memberName(id: number): Promise<string | null> {
      const [row] = await db.query<{ name: string }>(`SELECT name FROM members WHERE id = $1`, [id]);
      return row?.name ?? null;
    },

    // ---- 回访 -------------------------------------------------------------------------------
    async addVisit(requestId: number, dueOn: string, by: number | null): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO help_visits (request_id, due_on, created_by) VALUES ($1, $2, $3) RETURNING id`,
        [requestId, dueOn, by],
      );
      return row!.id;
    },

    async visitsOf(requestId: number, today: string) {
      return db.query<{
        id: number;
        dueOn: string;
        status: 'planned' | 'done' | 'cancelled';
        outcome: string | null;
        doneAt: Date | null;
        overdue: boolean;
      }>(
        `SELECT id, due_on::text AS "dueOn", status, outcome, done_at AS "doneAt", (status = 'planned' AND due_on < $2::date) AS overdue
           FROM help_visits WHERE request_id = $1 ORDER BY due_on, id`,
        [requestId, today],
      );
    },

    async listVisits(
      unionId: number,
      today: string,
      scope: 'due' | 'planned' | 'done',
    ): Promise<Static<typeof VisitListItem>[]> {
      const where = {
        // Due: today or earlier, and what falls in the coming week, so a visit can be arranged ahead.
        due: `v.status = 'planned' AND v.due_on <= $1::date + 7`,
        planned: `v.status = 'planned'`,
        done: `v.status = 'done'`,
      }[scope];
      return db.query(
        `SELECT v.id, v.due_on::text AS "dueOn", v.status, v.outcome, v.done_at AS "doneAt",
                (v.status = 'planned' AND v.due_on < $1::date) AS overdue,
                r.id AS "requestId", r.title AS "requestTitle", h.name AS "handlerName",
                CASE WHEN r.anonymous THEN NULL ELSE m.name END AS "memberName"
           FROM help_visits v JOIN help_requests r ON r.id = v.request_id JOIN members m ON m.id = r.member_id
           LEFT JOIN members h ON h.id = r.handler_id
          WHERE r.union_id = $2 AND ${where}
          ORDER BY ${scope === 'done' ? 'v.done_at DESC' : 'v.due_on'}, v.id LIMIT 200`,
        [today, unionId],
      );
    },

    /** The planned visit with its case, locked; null when it is not this union's or not planned. */
    async lockPlannedVisit(unionId: number, id: number) {
      const [row] = await db.query<{ id: number; requestId: number; memberId: number; title: string; status: string }>(
        `SELECT v.id, v.request_id AS "requestId", r.member_id AS "memberId", r.title, v.status
           FROM help_visits v JOIN help_requests r ON r.id = v.request_id
          WHERE v.id = $2 AND r.union_id = $1 FOR UPDATE OF v`,
        [unionId, id],
      );
      return row ?? null;
    },

    async completeVisit(id: number, outcome: string, by: number, at: Date): Promise<void> {
      await db.query(`UPDATE help_visits SET status = 'done', outcome = $2, done_by = $3, done_at = $4 WHERE id = $1`, [
        id,
        outcome,
        by,
        at,
      ]);
    },

    // ---- export -----------------------------------------------------------------------------
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
