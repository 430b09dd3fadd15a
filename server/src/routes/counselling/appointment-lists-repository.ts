import type { Queryable } from '../../db';
import { keysetPage } from '../../schemas/keyset';
import { instantOf, microsOf } from '../../schemas/keyset-sql';
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
    const params: unknown[] = scope.readsNow ? [ownerId, now] : [ownerId];
    const where = [`${owner} = $1`, scope.where];
    const [dir, beyond] = scope.newestFirst ? [' DESC', '<'] : ['', '>'];
    // starts_at is on whole minutes, but the key carries microseconds like every other keyset list.
    if (after)
      where.push(
        `(a.starts_at, a.id) ${beyond} (${instantOf(`$${params.push(after[0])}`)}, $${params.push(after[1])}::int)`,
      );
    const rows = await db.query<AppointmentRow & { keyTime: string }>(
      `SELECT ${APPOINTMENT_COLUMNS}, ${microsOf('a.starts_at')} AS "keyTime"
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
