import type { Queryable } from '../../db';
import { type Caller, callerSql } from '../../plugins/auth';
import { ROOM_COLUMNS } from './rooms-repository';
import type { RoomRecord } from './schemas';

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
export const gridColumns = (g: GridInputs) => `
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
 * Who holds session token hash $1 and, for them, active room $2 of their union with its grid over its
 * booking window, from $3 (today) to $3 + its window_days (bookingWindow's lastDate): the room page in
 * one round trip, the session lookup included. No row: no session; id null: no such room. Exported for the benchmark.
 */
export const ROOM_GRID_SQL = `WITH c AS (${callerSql('$1')})
SELECT to_json(c) AS caller, ${ROOM_COLUMNS},
  ${gridColumns({ rooms: 'ARRAY[r.id]', union: 'r.union_id', from: '$3::date', to: '($3::date + r.window_days)', member: 'c."memberId"' })}
  FROM c LEFT JOIN rooms r ON r.id = $2 AND r.union_id = c."unionId" AND r.active`;

export interface GridRow {
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

export function gridRepository(db: Queryable) {
  return {
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
  };
}

/**
 * The caller of session `tokenHash` (null: none) and their active room with its grid over its booking
 * window from `today` (null: no such room).
 */
export async function roomWithGrid(
  db: Queryable,
  p: { tokenHash: string; roomId: number; today: string },
): Promise<{ caller: Caller | null; found: { room: RoomRecord; grid: Grid } | null }> {
  const [row] = await db.query<{ caller: Caller; id: number | null } & RoomRecord & GridRow>(ROOM_GRID_SQL, [
    p.tokenHash,
    p.roomId,
    p.today,
  ]);
  if (!row) return { caller: null, found: null };
  const { caller, counters, closures, mine, ...room } = row;
  return { caller, found: room.id === null ? null : { room, grid: gridOf({ counters, closures, mine }) } };
}

/** The reason a room is closed on a date, or null. */
export function closureOn(closures: Closure[], roomId: number, date: string) {
  return (
    closures.find((c) => (c.roomId === null || c.roomId === roomId) && c.startsOn <= date && date <= c.endsOn)
      ?.reason ?? null
  );
}
