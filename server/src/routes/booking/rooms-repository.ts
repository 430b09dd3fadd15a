import { randomInt } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { ROOM_COLUMNS } from './booking-sql';
import type { CreateRoomBody, OpeningPeriod, RoomRecord, UpdateRoomBody } from './schemas';

type RoomInput = Static<typeof CreateRoomBody>;
type RoomPatch = Static<typeof UpdateRoomBody>;

const ROOM_SQL = {
  active: `SELECT ${ROOM_COLUMNS} FROM rooms r WHERE r.id = $1 AND r.union_id = $2 AND r.active`,
  any: `SELECT ${ROOM_COLUMNS} FROM rooms r WHERE r.id = $1 AND r.union_id = $2`,
};

/** Column of each rule field, for partial updates. */
const COLUMNS: Record<string, string> = {
  name: 'name',
  location: 'location',
  description: 'description',
  mode: 'mode',
  capacity: 'capacity',
  slotMinutes: 'slot_minutes',
  windowDays: 'window_days',
  releaseTime: 'release_time',
  cancelCutoffMinutes: 'cancel_cutoff_minutes',
  quotaPerDay: 'quota_per_day',
  quotaPerWeek: 'quota_per_week',
  quotaUpcoming: 'quota_upcoming',
  requiresApproval: 'requires_approval',
  checkInBeforeMinutes: 'checkin_before_minutes',
  checkInAfterMinutes: 'checkin_after_minutes',
  active: 'active',
};

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A room's QR scene: 10 characters without look-alikes (0/O, 1/I). */
export const newRoomCode = () =>
  Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

export function roomRepository(db: Queryable) {
  async function replaceHours(roomId: number, hours: Static<typeof OpeningPeriod>[]) {
    await db.query(`DELETE FROM room_hours WHERE room_id = $1`, [roomId]);
    if (hours.length === 0) return;
    await db.query(
      `INSERT INTO room_hours (room_id, weekday, opens_at, closes_at)
       SELECT $1, (h->>'weekday')::smallint, (h->>'opens')::time, (h->>'closes')::time FROM jsonb_array_elements($2::jsonb) h`,
      [roomId, JSON.stringify(hours)],
    );
  }

  return {
    /** A room of this union; archived rooms only when asked for. */
    async find(unionId: number, id: number, options: { includeInactive?: boolean } = {}): Promise<RoomRecord | null> {
      const [row] = await db.query<RoomRecord>(options.includeInactive ? ROOM_SQL.any : ROOM_SQL.active, [id, unionId]);
      return row ?? null;
    },

    async findActiveByCode(unionId: number, code: string): Promise<RoomRecord | null> {
      const [row] = await db.query<RoomRecord>(
        `SELECT ${ROOM_COLUMNS} FROM rooms r WHERE r.code = $1 AND r.union_id = $2 AND r.active`,
        [code, unionId],
      );
      return row ?? null;
    },

    async list(unionId: number, options: { includeInactive?: boolean } = {}): Promise<RoomRecord[]> {
      return db.query<RoomRecord>(
        `SELECT ${ROOM_COLUMNS} FROM rooms r WHERE r.union_id = $1 ${options.includeInactive ? '' : 'AND r.active'}
          ORDER BY r.active DESC, r.id`,
        [unionId],
      );
    },

    async create(unionId: number, input: RoomInput): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO rooms (union_id, code, name, location, description, photos, mode, capacity, slot_minutes, window_days,
                            release_time, cancel_cutoff_minutes, quota_per_day, quota_per_week, quota_upcoming,
                            requires_approval, checkin_before_minutes, checkin_after_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10, 7), coalesce($11::time, '00:00'), coalesce($12, 60),
                 $13, $14, $15, coalesce($16, false), coalesce($17, 15), coalesce($18, 15))
         RETURNING id`,
        [
          unionId,
          newRoomCode(),
          input.name,
          input.location ?? '',
          input.description ?? '',
          JSON.stringify(input.photos ?? []),
          input.mode,
          input.capacity,
          input.slotMinutes,
          input.windowDays ?? null,
          input.releaseTime ?? null,
          input.cancelCutoffMinutes ?? null,
          input.quotaPerDay ?? null,
          input.quotaPerWeek ?? null,
          input.quotaUpcoming ?? null,
          input.requiresApproval ?? null,
          input.checkInBeforeMinutes ?? null,
          input.checkInAfterMinutes ?? null,
        ],
      );
      await replaceHours(row!.id, input.openingHours);
      return row!.id;
    },

    /** Applies the given fields; the opening hours are replaced as a whole when given. */
    async update(id: number, patch: RoomPatch): Promise<void> {
      const sets: string[] = ['updated_at = now()'];
      const params: unknown[] = [id];
      for (const [key, value] of Object.entries(patch)) {
        if (key === 'openingHours') continue;
        if (key === 'photos') sets.push(`photos = $${params.push(JSON.stringify(value))}::jsonb`);
        else if (COLUMNS[key]) sets.push(`${COLUMNS[key]} = $${params.push(value)}`);
      }
      await db.query(`UPDATE rooms SET ${sets.join(', ')} WHERE id = $1`, params);
      if (patch.openingHours) await replaceHours(id, patch.openingHours);
    },

    /** Slots already counted keep their bookings; their places follow the room's new capacity. */
    async resizeFutureSlots(id: number, capacity: number, now: Date): Promise<void> {
      await db.query(
        `UPDATE booking_slots SET capacity = greatest(booked, $2, 1) WHERE room_id = $1 AND starts_at > $3`,
        [id, capacity, now],
      );
    },
  };
}
