import { OPEN_STATUSES } from './rules';

/**
 * SQL fragments the help repositories share. Every statement that uses them is a named method of a
 * repository (settings-, case-, list-, visit-, attachment-repository.ts); nothing else writes SQL.
 */

/** A case as the rules need it (HelpRow). */
export const ROW = `r.id, r.union_id AS "unionId", r.member_id AS "memberId", r.category_id AS "categoryId", r.title, r.status,
  r.handler_id AS "handlerId", r.anonymous, r.response_due_on AS "responseDueOn", r.paused_at AS "pausedAt",
  r.first_response_at AS "firstResponseAt", r.resolved_at AS "resolvedAt", r.rating`;

/** Overdue: no first answer yet, the clock running, and the deadline's day is over. `$1` is today. */
export const OVERDUE = `(r.first_response_at IS NULL AND r.status IN ('submitted', 'accepted', 'in_progress') AND r.response_due_on < $1::date)`;

export const SUMMARY = `r.id, r.title, c.name AS "categoryName", r.status, r.urgency, r.anonymous,
  r.response_due_on::text AS "responseDueOn", ${OVERDUE} AS overdue, h.name AS "handlerName",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;
export const SUMMARY_FROM = `help_requests r JOIN help_categories c ON c.id = r.category_id LEFT JOIN members h ON h.id = r.handler_id`;

/**
 * The queue's urgency order. Written exactly as in the expression index of migration 073, which the
 * planner matches by text: change both together.
 */
export const URGENCY_RANK = `(CASE r.urgency WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END)`;

/**
 * The open statuses as a literal list, not a parameter: the partial index of migration 073 holds the
 * cases NOT in this list, and only a literal lets the planner prove a query's rows are all in it.
 */
export const OPEN_LIST = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;
