import type { Queryable } from '../../db';
import { keysetPage } from '../../schemas/keyset';
import type { KeyRing } from '../../services/key-ring';
import { type AppointmentRow, openSealed } from './appointments-repository';
import {
  APPOINTMENT_COLUMNS,
  APPOINTMENT_FROM,
  DESK_SCOPES,
  type DeskScope,
  type ListScope,
  MEMBER_SCOPES,
  type MemberScope,
} from './counselling-sql';

/** Where a page goes on: after (starts_at in epoch microseconds, id) of the last appointment shown. */
export type AppointmentKey = readonly [string, number];

/**
 * The member's appointments and the counsellor's desk, a page at a time by keyset: the past tabs
 * grow by hundreds a year, and each page is a range of the (owner, starts_at, id) index however
 * long they get. With the key ring the reason and alias are opened, as in appointmentRepository.
 */
export function appointmentListRepository(db: Queryable, ring?: KeyRing) {
  const open = openSealed(ring);
  const page = async (
    owner: string,
    ownerId: number,
    scope: ListScope,
    now: Date,
    limit: number,
    after: AppointmentKey | null,
  ) => {
    // now goes in only where the scope reads it: a parameter no clause uses has no type, and
    // PostgreSQL refuses the statement (the desk's 已确认 tab reads no time).
    const params: unknown[] = scope.where.includes('$2') ? [ownerId, now] : [ownerId];
    const where = [`${owner} = $1`, scope.where];
    const [dir, beyond] = scope.newestFirst ? [' DESC', '<'] : ['', '>'];
    // starts_at is on whole minutes, but the key carries microseconds like every other keyset list.
    if (after)
      where.push(
        `(a.starts_at, a.id) ${beyond} ('epoch'::timestamptz + $${params.push(after[0])}::bigint * interval '1 microsecond', $${params.push(after[1])}::int)`,
      );
    const rows = await db.query<AppointmentRow & { keyTime: string }>(
      `SELECT ${APPOINTMENT_COLUMNS}, (extract(epoch FROM a.starts_at) * 1000000)::bigint::text AS "keyTime"
         ${APPOINTMENT_FROM}
        WHERE ${where.join(' AND ')} ORDER BY a.starts_at${dir}, a.id${dir} LIMIT $${params.push(limit + 1)}`,
      params,
    );
    const { items, next } = keysetPage(rows, limit, (row) => [row.keyTime, row.id]);
    return { items: items.map(({ keyTime: _, ...row }) => open(row)), next };
  };

  return {
    listForMember: (memberId: number, scope: MemberScope, now: Date, limit: number, after: AppointmentKey | null) =>
      page('a.member_id', memberId, MEMBER_SCOPES[scope], now, limit, after),

    listForCounsellor: (
      counsellorId: number,
      scope: DeskScope,
      now: Date,
      limit: number,
      after: AppointmentKey | null,
    ) => page('a.counsellor_id', counsellorId, DESK_SCOPES[scope], now, limit, after),
  };
}
