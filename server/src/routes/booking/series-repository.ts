import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { Series } from './manage-schemas';
import { formatClock, localDate, parseClock } from '../../time/beijing';

type SeriesView = Static<typeof Series>;

interface SeriesRow extends Omit<SeriesView, 'end' | 'status'> {
  slotMinutes: number;
}

/** Statuses that hold a place, as in the unique index on bookings. */
const HELD = `('pending', 'confirmed', 'checked_in', 'no_show')`;

// $1 now: what is upcoming is counted from it.
const SERIES_SELECT = `SELECT s.id, s.room_id AS "roomId", r.name AS "roomName", r.slot_minutes AS "slotMinutes", s.title, s.weekdays,
       left(s.start_time::text, 5) AS start, s.slot_count AS slots, s.starts_on AS "startsOn", s.ends_on AS "endsOn", s.seats,
       json_build_object('id', m.id, 'name', m.name) AS "createdBy", s.cancelled_at AS "cancelledAt", s.created_at AS "createdAt",
       b."heldBookings", b."upcomingBookings", b."nextStartsAt"
  FROM booking_series s
  JOIN rooms r ON r.id = s.room_id
  JOIN members m ON m.id = s.created_by
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE x.status IN ${HELD})::int AS "heldBookings",
           count(*) FILTER (WHERE x.status IN ('pending', 'confirmed') AND x.starts_at > $1)::int AS "upcomingBookings",
           min(x.starts_at) FILTER (WHERE x.status IN ('pending', 'confirmed') AND x.starts_at > $1) AS "nextStartsAt"
      FROM bookings x WHERE x.series_id = s.id) b`;

function toView(row: SeriesRow, now: Date): SeriesView {
  const { slotMinutes, ...rest } = row;
  const status = row.cancelledAt ? 'cancelled' : row.endsOn < localDate(now) ? 'ended' : 'active';
  return {
    ...rest,
    weekdays: [...row.weekdays].sort((a, b) => a - b),
    end: formatClock(parseClock(row.start) + row.slots * slotMinutes),
    status,
  };
}

export interface Holder {
  memberId: number;
  name: string;
  seriesTitle: string | null;
  status: string;
  seats: number;
}

export function seriesRepository(db: Queryable) {
  return {
    async insert(p: {
      roomId: number;
      staffId: number;
      title: string;
      weekdays: number[];
      start: string;
      slots: number;
      startsOn: string;
      endsOn: string;
      seats: number;
      now: Date;
    }): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO booking_series (room_id, created_by, title, weekdays, start_time, slot_count, starts_on, ends_on, seats, created_at)
         VALUES ($1, $2, $3, $4::smallint[], $5::time, $6, $7, $8, $9, $10) RETURNING id`,
        [p.roomId, p.staffId, p.title, p.weekdays, p.start, p.slots, p.startsOn, p.endsOn, p.seats, p.now],
      );
      return row!.id;
    },

    /** A union's series, of one room when asked: running ones first (soonest first), then ended and cancelled, newest first. */
    async list(unionId: number, roomId: number | null, now: Date): Promise<SeriesView[]> {
      const rows = await db.query<SeriesRow>(
        `${SERIES_SELECT}
          WHERE r.union_id = $2 AND ($3::int IS NULL OR s.room_id = $3::int)
          ORDER BY (s.cancelled_at IS NULL AND s.ends_on >= $4::date) DESC,
                   CASE WHEN s.cancelled_at IS NULL AND s.ends_on >= $4::date THEN s.starts_on END, s.id DESC`,
        [now, unionId, roomId, localDate(now)],
      );
      return rows.map((row) => toView(row, now));
    },

    async find(unionId: number, id: number, now: Date): Promise<SeriesView | null> {
      const [row] = await db.query<SeriesRow>(`${SERIES_SELECT} WHERE s.id = $2 AND r.union_id = $3`, [
        now,
        id,
        unionId,
      ]);
      return row ? toView(row, now) : null;
    },

    /** Marks a series of this union cancelled; null when there is none, false when it already was. */
    async markCancelled(
      unionId: number,
      id: number,
      by: number,
      now: Date,
    ): Promise<{ roomId: number; title: string } | null | false> {
      const [row] = await db.query<{ roomId: number; title: string; cancelledAt: Date | null }>(
        `SELECT s.room_id AS "roomId", s.title, s.cancelled_at AS "cancelledAt"
           FROM booking_series s JOIN rooms r ON r.id = s.room_id WHERE s.id = $1 AND r.union_id = $2 FOR UPDATE OF s`,
        [id, unionId],
      );
      if (!row) return null;
      if (row.cancelledAt) return false;
      await db.query(`UPDATE booking_series SET cancelled_at = $2, cancelled_by = $3 WHERE id = $1`, [id, now, by]);
      return { roomId: row.roomId, title: row.title };
    },

    /** Who holds a place in one slot, in booking order: for saying why a series could not have it. */
    async holders(roomId: number, startsAt: Date): Promise<Holder[]> {
      return db.query<Holder>(
        `SELECT b.member_id AS "memberId", m.name, s.title AS "seriesTitle", b.status, b.seats
           FROM bookings b JOIN members m ON m.id = b.member_id LEFT JOIN booking_series s ON s.id = b.series_id
          WHERE b.room_id = $1 AND b.starts_at = $2 AND b.status IN ('pending', 'confirmed', 'checked_in')
          ORDER BY b.id`,
        [roomId, startsAt],
      );
    },

    /** The starts (ms) of the slots this member already holds in a room over a range of dates. */
    async heldBy(memberId: number, roomId: number, from: string, to: string): Promise<Set<number>> {
      const rows = await db.query<{ startsAt: Date }>(
        `SELECT starts_at AS "startsAt" FROM bookings
          WHERE member_id = $1 AND room_id = $2 AND slot_date BETWEEN $3::date AND $4::date AND status IN ${HELD}`,
        [memberId, roomId, from, to],
      );
      return new Set(rows.map((b) => b.startsAt.getTime()));
    },
  };
}
