import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { badRequest, conflict, notFound } from '../../errors';
import {
  bookingRepository,
  cancelOpenBookings,
  createSeries,
  formatClock,
  formatDate,
  formatDuration,
  isoWeekday,
  localDate,
  localMinutes,
  roomRepository,
  seriesRepository,
} from '../booking';
import { eventRoomRepository } from './room-reservation-repository';
import type { EventRoomList } from './schemas';

export type EventRoomChoice = Static<typeof EventRoomList>['items'][number];

/**
 * A room a club event may take: an active room of the union that needs no approval and holds the
 * event's number of places. Read before the event is written, so that its place can name the room.
 */
export async function roomForEvent(
  tx: Queryable,
  unionId: number,
  roomId: number,
  capacity: number,
): Promise<EventRoomChoice> {
  const room = await roomRepository(tx).find(unionId, roomId);
  if (!room) throw notFound('活动室不存在或已停用');
  if (room.requiresApproval)
    throw conflict(`${room.name}需工会审批后使用，请联系工会干事预约，再在“地点”中填写`, 'ROOM_NEEDS_APPROVAL');
  if (capacity > room.capacity)
    throw badRequest(`${room.name}最多容纳 ${room.capacity} 人，请把名额改为 ${room.capacity} 人以内，或换一间活动室`);
  return room;
}

/** The booking rules allow a series at most this many back-to-back slots. */
const MAX_SLOTS = 12;

/**
 * Reserves the room for the event's run of slots through the booking rules: a one-day staff series
 * held by the leader (the room's opening hours, closures, the past, and the places left all apply).
 * A whole room is taken whole; a room booked by seats gives the event as many seats as it has
 * places. Any slot that cannot be had is answered as a 409 naming the slot and the reason, and the
 * caller's transaction (event and all) rolls back, so nothing is written.
 */
export async function reserveRoom(
  tx: Queryable,
  room: EventRoomChoice,
  p: {
    unionId: number;
    leaderId: number;
    eventId: number;
    title: string;
    startsAt: Date;
    endsAt: Date;
    capacity: number;
    now: Date;
  },
): Promise<void> {
  const minutes = (p.endsAt.getTime() - p.startsAt.getTime()) / 60_000;
  if (minutes % room.slotMinutes !== 0) {
    throw badRequest(
      `${room.name}每 ${formatDuration(room.slotMinutes)}为一个时段，活动时长须是它的整数倍`,
      'ROOM_SLOT_LENGTH',
    );
  }
  const slots = minutes / room.slotMinutes;
  if (slots > MAX_SLOTS)
    throw badRequest(
      `${room.name}一次最多连续预约 ${MAX_SLOTS} 个时段（${formatDuration(MAX_SLOTS * room.slotMinutes)}）`,
      'ROOM_TOO_LONG',
    );
  const date = localDate(p.startsAt);
  const { seriesId, skipped, conflicts } = await createSeries(tx, {
    unionId: p.unionId,
    staffId: p.leaderId,
    now: p.now,
    body: {
      roomId: room.id,
      title: p.title.slice(0, 30),
      weekdays: [isoWeekday(date)],
      start: formatClock(localMinutes(p.startsAt)),
      slots,
      startsOn: date,
      endsOn: date,
      seats: room.mode === 'whole' ? undefined : p.capacity,
    },
  });
  const refused = skipped[0] ?? conflicts[0];
  if (refused) {
    const reason = skipped[0]
      ? skipped[0].reason
      : room.mode === 'whole'
        ? '该时段活动室已被预约'
        : '该时段活动室剩余位置不足';
    const when = `${formatDate(refused.date)} ${refused.start}${refused.end ? `–${refused.end}` : ''}`;
    throw conflict(`活动室预约未成功：${room.name} ${when}，${reason}`, 'ROOM_UNAVAILABLE');
  }
  await eventRoomRepository(tx).linkSeries(p.eventId, seriesId);
}

/** Cancels the event's room series: the bookings not yet started are released, the series is marked cancelled. */
export async function releaseRoom(
  tx: Queryable,
  eventId: number,
  p: { unionId: number; now: Date; reason: string; by: number; templates: Record<string, string> },
) {
  const held = await eventRoomRepository(tx).heldSeries(eventId);
  let released = 0;
  for (const s of held) {
    // Room first, then the series row and its bookings: the booking module's lock order.
    await bookingRepository(tx).lockRoomsExclusive([s.roomId]);
    if ((await seriesRepository(tx).markCancelled(p.unionId, s.seriesId, p.by, p.now)) === false) continue;
    released += await cancelOpenBookings(tx, {
      roomIds: [s.roomId],
      seriesId: s.seriesId,
      now: p.now,
      reason: p.reason,
      by: p.by,
      templates: p.templates,
      quiet: true,
    });
  }
  return released;
}

/**
 * The event is under way (someone has checked in): its room bookings not yet over count as used,
 * so the booking sweeper does not release the room or record the leader as a no-show.
 */
export async function occupyRoom(tx: Queryable, eventId: number, now: Date): Promise<void> {
  const open = await eventRoomRepository(tx).lockOpenBookings(eventId, now);
  const bookings = bookingRepository(tx);
  for (const id of open) await bookings.checkIn(id, now);
}
