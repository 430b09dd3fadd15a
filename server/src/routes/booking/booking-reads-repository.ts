import type { Queryable } from '../../db';
import { keysetPage } from '../../schemas/keyset';
import { BOOKING_SELECT } from './booking-sql';
import type { BookingRow } from './views';
import { instantOf } from '../../schemas/keyset-sql';

/** A booking not yet over and not cancelled, rejected or missed ($2: now). */
const OPEN = `b.status IN ('pending', 'confirmed', 'checked_in') AND b.ends_at > $2`;

/** Where a page of 我的预约 ended: the last booking's start and id (the list's order). */
export interface BookingCursor {
  startsAt: Date;
  id: number;
}

/**
 * The named reads of bookings as members and staff see them. Each is one fixed statement (so it is
 * prepared once per connection), or built only from the filters asked for: callers never pass SQL.
 */
export function bookingReads(db: Queryable) {
  const one = async (sql: string, params: unknown[]) => (await db.query<BookingRow>(sql, params))[0] ?? null;
  return {
    byId: (id: number) => one(`${BOOKING_SELECT} WHERE b.id = $1`, [id]),

    /** A booking of this union the caller may see: their own, or any when `staff`. */
    visibleTo: (id: number, p: { unionId: number; memberId: number; staff: boolean }) =>
      one(`${BOOKING_SELECT} WHERE b.id = $1 AND r.union_id = $2 AND ($3 OR b.member_id = $4)`, [
        id,
        p.unionId,
        p.staff,
        p.memberId,
      ]),

    /**
     * 我的预约 by keyset: upcoming ones soonest first, the rest latest first, `limit` after `after`
     * (the last one of the page before), so that a page costs the same however far the member has scrolled.
     */
    async mine(p: { memberId: number; scope: 'upcoming' | 'past'; now: Date; limit: number; after?: BookingCursor }) {
      const upcoming = p.scope === 'upcoming';
      const where = upcoming ? OPEN : `NOT (${OPEN})`;
      const [cmp, dir] = upcoming ? ['>', 'ASC'] : ['<', 'DESC'];
      // Two statement texts rather than `$4 IS NULL OR …`, whose generic plan could not seek the index.
      const after = p.after ? ` AND (b.starts_at, b.id) ${cmp} ($4::timestamptz, $5::int)` : '';
      // One row more than the page tells whether there is a next one.
      const rows = await db.query<BookingRow>(
        `${BOOKING_SELECT} WHERE b.member_id = $1 AND ${where}${after} ORDER BY b.starts_at ${dir}, b.id ${dir} LIMIT $3`,
        [p.memberId, p.now, p.limit + 1, ...(p.after ? [p.after.startsAt, p.after.id] : [])],
      );
      const [count] = await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM bookings b WHERE b.member_id = $1 AND ${where}`,
        [p.memberId, p.now],
      );
      const more = rows.length > p.limit;
      if (more) rows.pop();
      const last = rows.at(-1);
      const next: BookingCursor | null = more && last ? { startsAt: last.startsAt, id: last.id } : null;
      return { rows, total: count!.total, next };
    },

    /** The member's open bookings of a room from `from` to `to`, locked for check-in. */
    forCheckIn: (p: { memberId: number; roomId: number; from: string; to: string }) =>
      db.query<BookingRow>(
        `${BOOKING_SELECT}
          WHERE b.member_id = $1 AND b.room_id = $2 AND b.slot_date BETWEEN $3::date AND $4::date
            AND b.status IN ('pending', 'confirmed', 'checked_in')
          ORDER BY b.starts_at FOR UPDATE OF b`,
        [p.memberId, p.roomId, p.from, p.to],
      ),

    /**
     * The union's bookings for staff, soonest first. Only the filters asked for go into the SQL: a
     * prepared statement's generic plan cannot use an index behind `$2 IS NULL OR b.status = $2`, and then
     * the approval queue read every booking the union ever had.
     */
    async ofUnion(p: {
      unionId: number;
      status?: string;
      roomId?: number;
      from?: string;
      to?: string;
      limit: number;
      /** After (start in epoch microseconds, id): the list's order. */
      after: readonly [string, number] | null;
    }) {
      const params: unknown[] = [p.unionId];
      const filters = ['r.union_id = $1'];
      if (p.status) filters.push(`b.status = $${params.push(p.status)}`);
      if (p.roomId) filters.push(`b.room_id = $${params.push(p.roomId)}`);
      if (p.from) filters.push(`b.slot_date >= $${params.push(p.from)}::date`);
      if (p.to) filters.push(`b.slot_date <= $${params.push(p.to)}::date`);
      const where = filters.join(' AND ');
      const countParams = [...params];
      const page = p.after
        ? ` AND (b.starts_at, b.id) > (${instantOf(`$${params.push(p.after[0])}`)}, $${params.push(p.after[1])}::int)`
        : '';
      const rows = await db.query<BookingRow>(
        `${BOOKING_SELECT} WHERE ${where}${page} ORDER BY b.starts_at, b.id LIMIT $${params.push(p.limit + 1)}`,
        params,
      );
      const [count] = await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE ${where}`,
        countParams,
      );
      // A booking starts on its slot's whole minute, so its Date (milliseconds) gives the microseconds exactly.
      const { items, next } = keysetPage(rows, p.limit, (row) => [String(row.startsAt.getTime() * 1000), row.id]);
      return { rows: items, total: count!.total, next };
    },
  };
}
