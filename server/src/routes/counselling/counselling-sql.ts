import { HOLDING } from './rules';

/**
 * SQL shared by this domain's repositories, and only by them: the statuses that hold a
 * counsellor's time, as a list for `status IN …`, written from the same HOLDING the rules read.
 */
export const HOLDING_SQL = `(${HOLDING.map((status) => `'${status}'`).join(', ')})`;

/** An appointment with its counsellor and member, as AppointmentRow reads it. */
export const APPOINTMENT_COLUMNS = `a.id, a.union_id AS "unionId", a.counsellor_id AS "counsellorId", c.member_id AS "counsellorMemberId",
       c.display_name AS "counsellorName", c.room, c.buffer_minutes AS "bufferMinutes",
       a.member_id AS "memberId", m.name AS "memberName", m.phone AS "memberPhone",
       a.status, a.mode, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.requested_starts_at AS "requestedStartsAt",
       a.alias_sealed AS alias, a.note_sealed AS note, a.contact, a.arrangement, a.decline_reason AS "declineReason", a.cancelled_by AS "cancelledBy",
       a.rating, EXISTS (SELECT 1 FROM counselling_notes n WHERE n.appointment_id = a.id AND n.author_id = a.counsellor_id) AS "hasNote",
       a.anonymised_at AS "anonymisedAt", a.created_at AS "createdAt"`;
export const APPOINTMENT_FROM = `FROM counselling_appointments a
  JOIN counsellors c ON c.id = a.counsellor_id
  LEFT JOIN members m ON m.id = a.member_id`;
export const APPOINTMENT_SELECT = `SELECT ${APPOINTMENT_COLUMNS} ${APPOINTMENT_FROM}`;

export type MemberScope = 'upcoming' | 'past';
export type DeskScope = 'pending' | 'upcoming' | 'past';

/**
 * Which appointments each tab holds ($1 is the owner, member or counsellor; $2, when `readsNow`,
 * is now), and whether it reads the latest first: the ones to come by starts_at, id; the past ones
 * backwards. PostgreSQL refuses a parameter no clause uses (it has no type), so a tab that does not
 * read the time is not given it.
 */
export interface ListScope {
  where: string;
  readsNow: boolean;
  newestFirst: boolean;
}

export const MEMBER_SCOPES: Record<MemberScope, ListScope> = {
  upcoming: { where: `a.status IN ${HOLDING_SQL} AND a.ends_at > $2`, readsNow: true, newestFirst: false },
  past: { where: `NOT (a.status IN ${HOLDING_SQL} AND a.ends_at > $2)`, readsNow: true, newestFirst: true },
};
export const DESK_SCOPES: Record<DeskScope, ListScope> = {
  pending: { where: `a.status IN ('requested', 'proposed') AND a.starts_at > $2`, readsNow: true, newestFirst: false },
  // A confirmed session stays here after it begins until the counsellor marks it completed or no-show.
  upcoming: { where: `a.status = 'confirmed'`, readsNow: false, newestFirst: false },
  past: {
    where: `NOT (a.status = 'confirmed' OR (a.status IN ('requested', 'proposed') AND a.starts_at > $2))`,
    readsNow: true,
    newestFirst: true,
  },
};
