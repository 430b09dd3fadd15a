import type { Queryable } from '../../db';
import { type Notification, notificationWrites } from '../../services/notify';
import { ROOM_COLUMNS } from './rooms-repository';
import type { BookingFacts } from './rules';
import type { RoomRecord } from './schemas';
import { BOOKING_SELECT, type BookingRow } from './views';

/**
 * Lock order, so that no two transactions wait on each other in a circle: the room (advisory;
 * shared for booking, exclusive for closures and room changes) → the member (advisory) → existing
 * booking rows → slot counters, several in (room, start) order. A new booking takes its one slot
 * counter and then inserts a row, which waits on nothing held by others.
 */
export const LOCK_ROOM = 7301;
export const LOCK_MEMBER = 7302;

/**
 * Lock statements carry their ids as literals: a statement without parameters travels in one message
 * with the transaction's BEGIN (db/postgres.ts), one round trip fewer for every booking.
 */
function literalId(value: number): string {
  if (!Number.isSafeInteger(value)) throw new TypeError(`not an id: ${value}`);
  return String(value);
}

/**
 * The member's bookings of room `r` that count against its rules ($3 member, $4 slot start, $5 slot date,
 * $6/$7 its week, $8 now, $9 earliest date to scan), as a lateral join `q`. Shared by the booking
 * transaction and the quota display so that both count the same way.
 */
const MEMBER_COUNTS = `CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE b.starts_at = $4) > 0 AS "alreadyBooked",
           count(*) FILTER (WHERE b.slot_date = $5::date)::int AS "dayCount",
           count(*) FILTER (WHERE b.slot_date BETWEEN $6::date AND $7::date)::int AS "weekCount",
           count(*) FILTER (WHERE b.status IN ('pending', 'confirmed') AND b.ends_at > $8)::int AS "upcomingCount"
      FROM bookings b
     WHERE b.member_id = $3 AND b.room_id = r.id AND b.slot_date >= $9::date
       AND b.status IN ('pending', 'confirmed', 'checked_in', 'no_show')) q`;

/** The statements of one booking, exported so the benchmark can give pgbench exactly the same SQL. */
export const BOOKING_SQL = {
  lock: (room: string, member: string) =>
    `SELECT pg_advisory_xact_lock_shared(${LOCK_ROOM}, ${room}), pg_advisory_xact_lock(${LOCK_MEMBER}, ${member})`,

  // $1 room, $2 union, $3 member, $4 slot start, $5 slot date, $6/$7 its week, $8 now, $9 earliest date to scan.
  roomAndFacts: `SELECT ${ROOM_COLUMNS},
       (SELECT max(s.ends_at) FROM booking_suspensions s
         WHERE s.member_id = $3 AND s.status = 'active' AND s.starts_at <= $8 AND s.ends_at > $8) AS "suspendedUntil",
       (SELECT c.reason FROM room_closures c
         WHERE c.union_id = r.union_id AND (c.room_id IS NULL OR c.room_id = r.id) AND $5::date BETWEEN c.starts_on AND c.ends_on
         ORDER BY c.id LIMIT 1) AS "closureReason",
       q."alreadyBooked", q."dayCount", q."weekCount", q."upcomingCount"
  FROM rooms r
  ${MEMBER_COUNTS}
 WHERE r.id = $1 AND r.union_id = $2 AND r.active`,

  // The counts of roomAndFacts alone, with the same parameters; `r` stands in for the room row
  // the counting joins to, already known to the caller ($1 room, $2 union).
  memberCounts: `SELECT q."dayCount", q."weekCount", q."upcomingCount"
  FROM (SELECT $1::int AS id, $2::int AS union_id) r
  ${MEMBER_COUNTS}`,

  // Takes `$6` places in the slot when they are free — a new counter row, or a conditional update of
  // the existing one — and writes the booking only then: no row back means the slot is full. `alsoWrite`:
  // more writes in the same statement, numbered from $14, that happen only if `booking` has its row.
  place: (alsoWrite?: string) => `WITH seat AS (
      INSERT INTO booking_slots AS s (room_id, starts_at, slot_date, capacity, booked) VALUES ($1, $3, $5, $13, $6)
      ON CONFLICT (room_id, starts_at) DO UPDATE SET booked = s.booked + excluded.booked
       WHERE s.booked + excluded.booked <= s.capacity
      RETURNING s.booked),
    booking AS (
      INSERT INTO bookings (room_id, member_id, starts_at, ends_at, slot_date, seats, status, source, series_id, note,
                            checked_in_at, created_at, updated_at)
      SELECT $1, $2::int, $3, $4::timestamptz, $5, $6, $7::text, $8::text, $9::int, $10::text, $11::timestamptz, $12, $12 FROM seat
      RETURNING id)${alsoWrite ? `,\n    ${alsoWrite}` : ''}
    SELECT id FROM booking`,
};

/** The booking's own parameters in BOOKING_SQL.place; what it also writes is numbered after them. */
const PLACE_PARAMS = 13;

/** SQL expressions for the grid's inputs: rooms (int[]), union, first and last date, member (or null). */
interface GridInputs {
  rooms: string;
  union: string;
  from: string;
  to: string;
  member: string;
}

/**
 * Everything the slot grid needs besides the room, as three columns of one row: places taken per
 * slot, closures, and the member's own bookings over a range of dates. Instants come as epoch milliseconds.
 */
const gridColumns = (g: GridInputs) => `
  (SELECT coalesce(json_agg(json_build_array(s.room_id, (extract(epoch FROM s.starts_at) / 60)::int, s.booked)), '[]')
     FROM booking_slots s WHERE s.room_id = ANY(${g.rooms}) AND s.slot_date BETWEEN ${g.from} AND ${g.to}) AS counters,
  (SELECT coalesce(json_agg(json_build_object('roomId', c.room_id, 'startsOn', c.starts_on, 'endsOn', c.ends_on, 'reason', c.reason)
                            ORDER BY c.id), '[]')
     FROM room_closures c WHERE c.union_id = ${g.union} AND c.ends_on >= ${g.from} AND c.starts_on <= ${g.to}) AS closures,
  (SELECT coalesce(json_agg(json_build_array(b.id, (extract(epoch FROM b.starts_at) / 60)::int)), '[]')
     FROM bookings b WHERE b.member_id = ${g.member} AND b.room_id = ANY(${g.rooms}) AND b.slot_date BETWEEN ${g.from} AND ${g.to}
      AND b.status IN ('pending', 'confirmed', 'checked_in')) AS mine`;

/** The grid of rooms $1 of union $2 from $3 to $4 for member $5 (or null). Exported for the benchmark. */
export const GRID_SQL = `SELECT ${gridColumns({ rooms: '$1::int[]', union: '$2', from: '$3::date', to: '$4::date', member: '$5::int' })}`;

/**
 * An active room $1 of union $2 with its grid over its booking window, from $3 (today) to $3 + its
 * window_days (bookingWindow's lastDate), for member $4: the room page in one round trip. Exported for the benchmark.
 */
export const ROOM_GRID_SQL = `SELECT ${ROOM_COLUMNS},
  ${gridColumns({ rooms: 'ARRAY[r.id]', union: 'r.union_id', from: '$3::date', to: '($3::date + r.window_days)', member: '$4::int' })}
  FROM rooms r WHERE r.id = $1 AND r.union_id = $2 AND r.active`;

interface GridRow {
  counters: [number, number, number][];
  closures: Closure[];
  mine: [number, number][];
}

// Slots are keyed by their start in whole minutes since the epoch: small integers, which a Map
// hashes and stores without boxing, where milliseconds would box every key of a grid's thousand lookups.
function gridOf(row: GridRow): Grid {
  const byRoom = new Map<number, Map<number, number>>();
  for (const [roomId, startsMinute, booked] of row.counters) {
    const room = byRoom.get(roomId) ?? byRoom.set(roomId, new Map()).get(roomId)!;
    room.set(startsMinute, booked);
  }
  const none = new Map<number, number>();
  return {
    counters: {
      booked: (roomId, startsAt) => byRoom.get(roomId)?.get(epochMinute(startsAt)) ?? 0,
      ofRoom: (roomId) => byRoom.get(roomId) ?? none,
    },
    closures: row.closures,
    mine: new Map(row.mine.map(([id, startsMinute]) => [startsMinute, id])),
  };
}

/** Whole minutes since the epoch: how the grid keys a slot's start. */
export const epochMinute = (instant: Date) => Math.round(instant.getTime() / 60_000);

export interface Closure {
  roomId: number | null;
  startsOn: string;
  endsOn: string;
  reason: string;
}

/** Places taken per slot, as counted in booking_slots (0 for a slot nobody has booked yet). */
export interface Counters {
  booked(roomId: number, startsAt: Date): number;
  /** One room's counted slots, epochMinute → places taken, for a loop over many slots. */
  ofRoom(roomId: number): ReadonlyMap<number, number>;
}

export interface Grid {
  counters: Counters;
  closures: Closure[];
  /** The member's open bookings: start (epochMinute) → booking id. */
  mine: Map<number, number>;
}

export type RoomWithFacts = RoomRecord & BookingFacts;

export interface NewBooking {
  roomId: number;
  memberId: number;
  startsAt: Date;
  endsAt: Date;
  date: string;
  seats: number;
  status: 'pending' | 'confirmed' | 'checked_in';
  source: 'member' | 'walk_in' | 'series';
  seriesId?: number | null;
  note?: string;
  now: Date;
}

interface Seats {
  roomId: number;
  startsAt: Date;
  seats: number;
}

export function bookingRepository(db: Queryable) {
  return {
    async lock(roomId: number, memberId: number): Promise<void> {
      await db.query(BOOKING_SQL.lock(literalId(roomId), literalId(memberId)));
    },

    /** Closures and room changes wait for bookings in flight, and hold new ones back, room by room in id order. */
    async lockRoomsExclusive(roomIds: number[]): Promise<void> {
      for (const id of [...roomIds].sort((a, b) => a - b))
        await db.query(`SELECT pg_advisory_xact_lock(${LOCK_ROOM}, ${literalId(id)})`);
    },

    async lockMember(memberId: number): Promise<void> {
      await db.query(`SELECT pg_advisory_xact_lock(${LOCK_MEMBER}, ${literalId(memberId)})`);
    },

    async roomAndFacts(p: {
      roomId: number;
      unionId: number;
      memberId: number;
      startsAt: Date;
      date: string;
      week: { start: string; end: string };
      now: Date;
      scanFrom: string;
    }): Promise<RoomWithFacts | null> {
      const [row] = await db.query<RoomWithFacts>(BOOKING_SQL.roomAndFacts, [
        p.roomId,
        p.unionId,
        p.memberId,
        p.startsAt,
        p.date,
        p.week.start,
        p.week.end,
        p.now,
        p.scanFrom,
      ]);
      return row ?? null;
    },

    /** The member's bookings of the room as roomAndFacts counts them, without the room's own facts. */
    async memberCounts(p: {
      roomId: number;
      unionId: number;
      memberId: number;
      startsAt: Date;
      date: string;
      week: { start: string; end: string };
      now: Date;
      scanFrom: string;
    }): Promise<Pick<BookingFacts, 'dayCount' | 'weekCount' | 'upcomingCount'>> {
      const [row] = await db.query<Pick<BookingFacts, 'dayCount' | 'weekCount' | 'upcomingCount'>>(
        BOOKING_SQL.memberCounts,
        [p.roomId, p.unionId, p.memberId, p.startsAt, p.date, p.week.start, p.week.end, p.now, p.scanFrom],
      );
      return row!;
    },

    /**
     * Takes the places and writes the booking, and with `message` the member's notification in the same
     * statement; null (and no message) when the slot has not enough places left.
     */
    async place(
      b: NewBooking,
      capacity: number,
      message?: { templates: Record<string, string>; notification: Notification },
    ): Promise<number | null> {
      const also =
        message &&
        notificationWrites(message.templates, message.notification, { from: PLACE_PARAMS + 1, onlyIf: 'booking' });
      const [row] = await db.query<{ id: number }>(BOOKING_SQL.place(also?.ctes), [
        b.roomId,
        b.memberId,
        b.startsAt,
        b.endsAt,
        b.date,
        b.seats,
        b.status,
        b.source,
        b.seriesId ?? null,
        b.note ?? '',
        b.status === 'checked_in' ? b.now : null,
        b.now,
        capacity,
        ...(also?.params ?? []),
      ]);
      return row?.id ?? null;
    },

    /** Gives places back, one counter at a time in (room, start) order. */
    async release(items: Seats[]): Promise<void> {
      const totals = new Map<string, Seats>();
      for (const item of items) {
        const key = `${item.roomId}/${item.startsAt.getTime()}`;
        const seen = totals.get(key);
        totals.set(key, { ...item, seats: (seen?.seats ?? 0) + item.seats });
      }
      const ordered = [...totals.values()].sort(
        (a, b) => a.roomId - b.roomId || a.startsAt.getTime() - b.startsAt.getTime(),
      );
      for (const slot of ordered) {
        await db.query(`UPDATE booking_slots SET booked = booked - $3 WHERE room_id = $1 AND starts_at = $2`, [
          slot.roomId,
          slot.startsAt,
          slot.seats,
        ]);
      }
    },

    async view(where: string, params: unknown[], suffix = ''): Promise<BookingRow[]> {
      return db.query<BookingRow>(`${BOOKING_SELECT} WHERE ${where} ${suffix}`, params);
    },

    /** A booking of a room of this union, locked for a change of status. */
    async findForUpdate(unionId: number, id: number) {
      const [row] = await db.query<{
        id: number;
        memberId: number;
        roomId: number;
        roomName: string;
        startsAt: Date;
        endsAt: Date;
        seats: number;
        status: string;
        cancelCutoffMinutes: number;
      }>(
        `SELECT b.id, b.member_id AS "memberId", b.room_id AS "roomId", r.name AS "roomName", b.starts_at AS "startsAt",
                b.ends_at AS "endsAt", b.seats, b.status, r.cancel_cutoff_minutes AS "cancelCutoffMinutes"
           FROM bookings b JOIN rooms r ON r.id = b.room_id
          WHERE b.id = $1 AND r.union_id = $2
          FOR UPDATE OF b`,
        [id, unionId],
      );
      return row ?? null;
    },

    async cancel(id: number, p: { now: Date; reason: string | null; by: number }): Promise<void> {
      await db.query(
        `UPDATE bookings SET status = 'cancelled', status_reason = $3, cancelled_by = $4, cancelled_at = $2, updated_at = $2 WHERE id = $1`,
        [id, p.now, p.reason, p.by],
      );
    },

    async decide(
      id: number,
      p: { status: 'confirmed' | 'rejected'; now: Date; reason: string | null; by: number },
    ): Promise<void> {
      await db.query(
        `UPDATE bookings SET status = $2, status_reason = $4, decided_by = $5, decided_at = $3, updated_at = $3 WHERE id = $1`,
        [id, p.status, p.now, p.reason, p.by],
      );
    },

    /** Checks a confirmed booking in; false when it is no longer confirmed. */
    async checkIn(id: number, now: Date): Promise<boolean> {
      const rows = await db.query(
        `UPDATE bookings SET status = 'checked_in', checked_in_at = $2, updated_at = $2 WHERE id = $1 AND status = 'confirmed' RETURNING id`,
        [id, now],
      );
      return rows.length === 1;
    },

    /**
     * Cancels the open bookings of these rooms whose slot starts after `now` and, when given, lies
     * within the dates; returns what was cancelled so that places can be released and members told.
     */
    async cancelOpen(p: {
      roomIds: number[];
      now: Date;
      from?: string;
      to?: string;
      seriesId?: number;
      reason: string;
      by: number;
    }) {
      return db.query<{
        id: number;
        memberId: number;
        roomId: number;
        roomName: string;
        startsAt: Date;
        endsAt: Date;
        seats: number;
      }>(
        `UPDATE bookings b SET status = 'cancelled', status_reason = $4, cancelled_by = $5, cancelled_at = $2, updated_at = $2
           FROM rooms r
          WHERE r.id = b.room_id AND b.room_id = ANY($1::int[]) AND b.status IN ('pending', 'confirmed') AND b.starts_at > $2
            AND ($3::date IS NULL OR b.slot_date >= $3::date) AND ($6::date IS NULL OR b.slot_date <= $6::date)
            AND ($7::int IS NULL OR b.series_id = $7::int)
          RETURNING b.id, b.member_id AS "memberId", b.room_id AS "roomId", r.name AS "roomName", b.starts_at AS "startsAt",
                    b.ends_at AS "endsAt", b.seats`,
        [p.roomIds, p.now, p.from ?? null, p.reason, p.by, p.to ?? null, p.seriesId ?? null],
      );
    },

    /** Places taken, closures and the member's own bookings for these rooms over a range of dates. */
    async grid(p: {
      roomIds: number[];
      unionId: number;
      from: string;
      to: string;
      memberId?: number | null;
    }): Promise<Grid> {
      const [row] = await db.query<GridRow>(GRID_SQL, [p.roomIds, p.unionId, p.from, p.to, p.memberId ?? null]);
      return gridOf(row!);
    },

    /** An active room of the union with its grid over its booking window from `today`, or null. */
    async roomWithGrid(p: {
      roomId: number;
      unionId: number;
      today: string;
      memberId: number;
    }): Promise<{ room: RoomRecord; grid: Grid } | null> {
      const [row] = await db.query<RoomRecord & GridRow>(ROOM_GRID_SQL, [p.roomId, p.unionId, p.today, p.memberId]);
      if (!row) return null;
      const { counters, closures, mine, ...room } = row;
      return { room, grid: gridOf({ counters, closures, mine }) };
    },
  };
}

export type BookingRepository = ReturnType<typeof bookingRepository>;

/** The reason a room is closed on a date, or null. */
export function closureOn(closures: Closure[], roomId: number, date: string) {
  return (
    closures.find((c) => (c.roomId === null || c.roomId === roomId) && c.startsOn <= date && date <= c.endsOn)
      ?.reason ?? null
  );
}
