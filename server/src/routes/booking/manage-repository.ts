import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { Closure, DayView } from './manage-schemas';

export type ClosureRow = Static<typeof Closure>;
type DayBooking = Static<typeof DayView>['rooms'][number]['slots'][number]['bookings'][number];
export type DayBookingRow = DayBooking & { roomId: number; startsAt: Date; endsAt: Date };

const CLOSURE_SELECT = `SELECT c.id, c.room_id AS "roomId", r.name AS "roomName", c.starts_on AS "startsOn", c.ends_on AS "endsOn",
       c.reason, c.created_at AS "createdAt"
  FROM room_closures c LEFT JOIN rooms r ON r.id = c.room_id`;

/** A month's bookings of a room by what became of them. */
export interface UsageCounts {
  bookings: number;
  checkedIn: number;
  noShows: number;
  cancelled: number;
}

export interface NewClosure {
  unionId: number;
  roomId: number | null;
  startsOn: string;
  endsOn: string;
  reason: string;
  createdBy: number;
}

/** The staff pages' own queries: closures (寒假, 期末考试, 维修), the day view, monthly usage, the union's name on exports. */
export function manageRepository(db: Queryable) {
  return {
    /** The union's closures by start date; past ones (ended before `today`) only when asked for. */
    async closures(unionId: number, includePast: boolean, today: string): Promise<ClosureRow[]> {
      return db.query<ClosureRow>(
        `${CLOSURE_SELECT} WHERE c.union_id = $1 AND ($2 OR c.ends_on >= $3::date) ORDER BY c.starts_on, c.id`,
        [unionId, includePast, today],
      );
    },

    async closure(id: number): Promise<ClosureRow | null> {
      const [closure] = await db.query<ClosureRow>(`${CLOSURE_SELECT} WHERE c.id = $1`, [id]);
      return closure ?? null;
    },

    /** The union's rooms a closure covers: the one room asked for (none when not the union's), or all of them. */
    async closureRoomIds(unionId: number, roomId: number | null): Promise<number[]> {
      const rooms = await db.query<{ id: number }>(
        `SELECT id FROM rooms WHERE union_id = $1 AND ($2::int IS NULL OR id = $2::int)`,
        [unionId, roomId],
      );
      return rooms.map((r) => r.id);
    },

    async insertClosure(closure: NewClosure): Promise<number> {
      const [created] = await db.query<{ id: number }>(
        `INSERT INTO room_closures (union_id, room_id, starts_on, ends_on, reason, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [closure.unionId, closure.roomId, closure.startsOn, closure.endsOn, closure.reason, closure.createdBy],
      );
      return created!.id;
    },

    /** Deletes the union's closure; false when there was none. */
    async deleteClosure(id: number, unionId: number): Promise<boolean> {
      const rows = await db.query(`DELETE FROM room_closures WHERE id = $1 AND union_id = $2 RETURNING id`, [
        id,
        unionId,
      ]);
      return rows.length > 0;
    },

    /** The day's live bookings (not cancelled or rejected) of the rooms, with who made them, by start time. */
    async dayBookings(roomIds: readonly number[], date: string): Promise<DayBookingRow[]> {
      return db.query<DayBookingRow>(
        `SELECT b.id, b.room_id AS "roomId", b.starts_at AS "startsAt", b.ends_at AS "endsAt",
                json_build_object('id', m.id, 'name', m.name, 'staffNo', m.staff_no) AS member,
                b.status, b.source, b.seats, b.note, b.checked_in_at AS "checkedInAt"
           FROM bookings b JOIN members m ON m.id = b.member_id
          WHERE b.room_id = ANY($1::int[]) AND b.slot_date = $2::date AND b.status IN ('pending', 'confirmed', 'checked_in', 'no_show')
          ORDER BY b.starts_at, b.id`,
        [roomIds, date],
      );
    },

    /** Per room of the union, the bookings dated from `from` to before `to`: active rooms, and others that had any. */
    async usageByRoom(unionId: number, from: string, to: string) {
      return db.query<UsageCounts & { roomId: number; roomName: string }>(
        `SELECT r.id AS "roomId", r.name AS "roomName",
                count(b.id) FILTER (WHERE b.status IN ('pending', 'confirmed', 'checked_in', 'no_show'))::int AS bookings,
                count(b.id) FILTER (WHERE b.status = 'checked_in')::int AS "checkedIn",
                count(b.id) FILTER (WHERE b.status = 'no_show')::int AS "noShows",
                count(b.id) FILTER (WHERE b.status = 'cancelled')::int AS cancelled
           FROM rooms r LEFT JOIN bookings b ON b.room_id = r.id AND b.slot_date >= $2::date AND b.slot_date < $3::date
          WHERE r.union_id = $1
          GROUP BY r.id HAVING r.active OR count(b.id) > 0
          ORDER BY r.id`,
        [unionId, from, to],
      );
    },

    /** The union's bookings not cancelled or rejected, dated from `from` to before `to`, counted per start instant. */
    async bookingsByStart(unionId: number, from: string, to: string) {
      return db.query<{ startsAt: Date; n: number }>(
        `SELECT b.starts_at AS "startsAt", count(*)::int AS n FROM bookings b JOIN rooms r ON r.id = b.room_id
          WHERE r.union_id = $1 AND b.slot_date >= $2::date AND b.slot_date < $3::date
            AND b.status IN ('pending', 'confirmed', 'checked_in', 'no_show')
          GROUP BY b.starts_at`,
        [unionId, from, to],
      );
    },

    /** The union's name ('' when there is no such union), for the title of an export. */
    async unionName(unionId: number): Promise<string> {
      const [union] = await db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [unionId]);
      return union?.name ?? '';
    },
  };
}
