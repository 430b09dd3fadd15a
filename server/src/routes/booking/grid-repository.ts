import type { Queryable } from '../../db';
import type { Caller } from '../../plugins/auth';
import { GRID_SQL, ROOM_GRID_SQL } from './booking-sql';
import { type Closure, epochMinute, type Grid } from './grid';
import type { RoomRecord } from './schemas';

export interface GridRow {
  counters: [number, number, number][];
  closures: Closure[];
  mine: [number, number][];
}

// The grid arrives as JSON arrays (booking-sql.ts's gridColumns) and is decoded here, beside the statement
// that encodes it. Slots are keyed by their start in whole minutes since the epoch: small integers, which a Map
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
