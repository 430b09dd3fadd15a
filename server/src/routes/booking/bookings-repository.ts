import type { Queryable } from '../../db';
import { notificationWrites } from '../../services/notify-sql';
import { BOOKING_SQL, GATED_PLACE_PARAMS, LOCK_MEMBER, LOCK_ROOM, PLACE_PARAMS } from './booking-sql';
import type { Caller } from '../../plugins/auth';
import type { BookingFacts } from './rules';
import type { FactsQuery, Message, NewBooking, RoomWithFacts, SlotAsRead } from './booking-types';

export type { FactsQuery, NewBooking, RoomWithFacts } from './booking-types';

// The lock numbers are imported from here by the personal-data erasure.
export { LOCK_MEMBER, LOCK_ROOM };

/**
 * Lock statements carry their ids as literals: a statement without parameters travels in one message
 * with the transaction's BEGIN (db/postgres.ts), one round trip fewer for every booking.
 */
function literalId(value: number): string {
  if (!Number.isSafeInteger(value)) throw new TypeError(`not an id: ${value}`);
  return String(value);
}

const factsArgs = (p: FactsQuery) => [p.memberId, p.startsAt, p.date, p.week.start, p.week.end, p.now, p.scanFrom];

const placeArgs = (b: NewBooking, capacity: number) => [
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
];

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

    async roomAndFacts(p: FactsQuery & { unionId: number }): Promise<RoomWithFacts | null> {
      const [row] = await db.query<RoomWithFacts>(BOOKING_SQL.roomAndFacts, [p.roomId, p.unionId, ...factsArgs(p)]);
      return row ?? null;
    },

    /** The member's bookings of the room as roomAndFacts counts them, without the room's own facts. */
    async memberCounts(p: FactsQuery): Promise<Pick<BookingFacts, 'dayCount' | 'weekCount' | 'upcomingCount'>> {
      const [row] = await db.query<Pick<BookingFacts, 'dayCount' | 'weekCount' | 'upcomingCount'>>(
        BOOKING_SQL.memberCounts,
        [p.roomId, ...factsArgs(p)],
      );
      return row!;
    },

    /**
     * Who holds the session of `tokenHash` and, for them, the room with its facts (read without locks),
     * in one round trip; null when the session is unknown or expired, `room` null when no such active room.
     */
    async context(
      tokenHash: string,
      p: Omit<FactsQuery, 'memberId'>,
    ): Promise<{ caller: Caller; room: (RoomWithFacts & SlotAsRead) | null } | null> {
      const [row] = await db.query<{ caller: Caller; id: number | null } & RoomWithFacts & SlotAsRead>(
        BOOKING_SQL.context,
        [tokenHash, p.roomId, ...factsArgs({ ...p, memberId: 0 }).slice(1)],
      );
      if (!row) return null;
      const { caller, ...room } = row;
      return { caller, room: room.id === null ? null : room };
    },

    /**
     * Takes the places and writes the booking, and with `message` the member's notification in the same
     * statement; null (and no message) when the slot has not enough places left.
     */
    async place(b: NewBooking, capacity: number, message?: Message): Promise<number | null> {
      const also =
        message &&
        notificationWrites(message.templates, message.notification, { from: PLACE_PARAMS + 1, onlyIf: 'booking' });
      const [row] = await db.query<{ id: number }>(BOOKING_SQL.place({ alsoWrite: also?.ctes }), [
        ...placeArgs(b, capacity),
        ...(also?.params ?? []),
      ]);
      return row?.id ?? null;
    },

    /**
     * place() as one statement with no transaction around it, behind booking_gate: `stale` when the facts
     * under the locks are no longer those read as `factsKey` (nothing written), else the id or null (full).
     */
    async placeIfUnchanged(
      b: NewBooking,
      capacity: number,
      message: Message,
      facts: Omit<FactsQuery, 'roomId' | 'memberId' | 'startsAt' | 'date' | 'now'> & { factsKey: string },
    ): Promise<{ stale: true } | { stale: false; id: number | null }> {
      const also = notificationWrites(message.templates, message.notification, {
        from: GATED_PLACE_PARAMS + 1,
        onlyIf: 'booking',
      });
      const [row] = await db.query<{ open: boolean; id: number | null }>(
        BOOKING_SQL.place({ alsoWrite: also.ctes, gated: true }),
        [...placeArgs(b, capacity), facts.week.start, facts.week.end, facts.scanFrom, facts.factsKey, ...also.params],
      );
      return row!.open ? { stale: false, id: row!.id } : { stale: true };
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
  };
}

export type BookingRepository = ReturnType<typeof bookingRepository>;
