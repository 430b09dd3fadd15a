import type { Static } from '@sinclair/typebox';
import type { Db, Queryable } from '../../db';
import { conflict, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { bookingReads } from './booking-reads-repository';
import { bookingRepository } from './bookings-repository';
import { closureOn } from './grid';
import { gridRepository } from './grid-repository';
import { placeBooking } from './place';
import { roomRepository } from './rooms-repository';
import { bookingLabel, bookingRefusal, checkInClosesAt, checkInOpensAt } from './rules';
import type { CheckInResult, FreeSlot, RoomRecord } from './schemas';
import { bookingWindow, type Slot, slotCapacity, slotsOn } from './slots';
import { addDays, daysBetween, formatClock, localDate, localMinutes, weekOf } from '../../time/beijing';
import { toBookingView } from './views';

type Result = Static<typeof CheckInResult>;
type Offer = Static<typeof FreeSlot>;

const offerOf = ({ startsAt, endsAt, date, start, end }: Slot, remaining: number): Offer => ({
  startsAt,
  endsAt,
  date,
  start,
  end,
  remaining,
});

/** The slot 立即使用 would take now — the latest one open for check-in with a place left — or why there is none. */
async function walkInOffer(
  tx: Queryable,
  room: RoomRecord,
  caller: Caller,
  now: Date,
): Promise<{ slot: Offer | null; reason: string | null }> {
  const today = localDate(now);
  const candidates = slotsOn(room, today)
    .filter((s) => checkInOpensAt(room, s.startsAt) <= now && now < s.endsAt)
    .reverse();
  if (candidates.length === 0) return { slot: null, reason: '现在不在开放时间' };
  if (room.requiresApproval) return { slot: null, reason: '该场地需要审批，请提前预约' };
  const repo = bookingRepository(tx);
  const { counters } = await gridRepository(tx).grid({
    roomIds: [room.id],
    unionId: room.unionId,
    from: today,
    to: today,
  });
  const week = weekOf(today);
  let reason = '当前时段已约满';
  for (const slot of candidates) {
    const remaining = slotCapacity(room) - counters.booked(room.id, slot.startsAt);
    if (remaining <= 0) continue;
    const facts = await repo.roomAndFacts({
      roomId: room.id,
      unionId: caller.unionId,
      memberId: caller.memberId,
      startsAt: slot.startsAt,
      date: today,
      week,
      now,
      scanFrom: week.start,
    });
    const refusal = facts && bookingRefusal(facts, slot, facts, now, 'walk_in');
    if (!refusal) return { slot: offerOf(slot, remaining), reason: null };
    reason = refusal.message;
  }
  return { slot: null, reason };
}

/** The first slot after now, within the open booking window, that is not closed and has a place left. */
async function nextFreeSlot(tx: Queryable, room: RoomRecord, now: Date): Promise<Offer | null> {
  const window = bookingWindow(room, now);
  if (window.openThrough < window.today) return null;
  const { counters, closures } = await gridRepository(tx).grid({
    roomIds: [room.id],
    unionId: room.unionId,
    from: window.today,
    to: window.openThrough,
  });
  for (let i = 0; i <= daysBetween(window.today, window.openThrough); i += 1) {
    const day = addDays(window.today, i);
    if (closureOn(closures, room.id, day)) continue;
    for (const slot of slotsOn(room, day)) {
      const remaining = slotCapacity(room) - counters.booked(room.id, slot.startsAt);
      if (slot.startsAt > now && remaining > 0) return offerOf(slot, remaining);
    }
  }
  return null;
}

/**
 * Scanning a room's code: checks in the member's booking whose check-in window holds `now`;
 * otherwise says why, offers 立即使用 of the current slot when it is free, and the next free slot.
 * With `walkIn`, books the current slot and checks in at once. The code alone grants nothing:
 * everything is keyed on the signed-in member and the time.
 */
export async function checkIn(
  db: Db,
  p: { caller: Caller; scene: string; walkIn: boolean; now: Date; templates: Record<string, string> },
): Promise<Result> {
  const { caller, now } = p;
  const room = await roomRepository(db).findActiveByCode(caller.unionId, p.scene);
  if (!room) throw notFound('未找到该场地，请确认扫描的是本单位活动中心的签到码');
  const roomRef = { id: room.id, name: room.name, location: room.location };

  return db.transaction(async (tx) => {
    const repo = bookingRepository(tx);
    await repo.lock(room.id, caller.memberId);
    const today = localDate(now);
    const rows = await bookingReads(tx).forCheckIn({
      memberId: caller.memberId,
      roomId: room.id,
      from: addDays(today, -1),
      to: addDays(today, 1),
    });
    const opens = (r: { startsAt: Date }) => checkInOpensAt(room, r.startsAt);
    const inWindow = (r: { startsAt: Date }) => opens(r) <= now && now <= checkInClosesAt(room, r.startsAt);
    const done = { walkIn: null, nextFree: null, room: roomRef };

    const due = rows.find((r) => r.status === 'confirmed' && inWindow(r));
    if (due && (await repo.checkIn(due.id, now))) {
      const booking = toBookingView({ ...due, status: 'checked_in', checkedInAt: now }, now);
      return {
        ...done,
        outcome: 'checked_in',
        message: `签到成功：${bookingLabel(due.startsAt, due.endsAt)}`,
        booking,
      };
    }
    const using = rows.find((r) => r.status === 'checked_in' && opens(r) <= now && now < r.endsAt);
    if (using)
      return {
        ...done,
        outcome: 'already_checked_in',
        message: '您已签到，祝您使用愉快',
        booking: toBookingView(using, now),
      };

    const pending = rows.find((r) => r.status === 'pending' && inWindow(r));
    const later = rows.find((r) => r.status === 'confirmed' && opens(r) > now);
    const missed = rows.find((r) => r.status === 'confirmed' && now > checkInClosesAt(room, r.startsAt));
    const why = pending
      ? '您的预约还在等待审批，暂不能签到'
      : later
        ? `您预约的 ${bookingLabel(later.startsAt, later.endsAt)} 可于 ${formatClock(localMinutes(opens(later)))} 起签到`
        : missed
          ? `签到时间已过（开始后 ${room.checkInAfterMinutes} 分钟内可签到）`
          : '您现在没有该场地的预约';

    const offer = await walkInOffer(tx, room, caller, now);
    if (p.walkIn) {
      if (!offer.slot) throw conflict(offer.reason ?? why, 'WALK_IN_UNAVAILABLE');
      const booking = await placeBooking(tx, {
        unionId: caller.unionId,
        member: { id: caller.memberId, name: caller.name },
        roomId: room.id,
        startsAt: new Date(offer.slot.startsAt),
        mode: 'walk_in',
        now,
        templates: p.templates,
      });
      return {
        ...done,
        outcome: 'walked_in',
        message: `已为您预约 ${offer.slot.start}–${offer.slot.end} 并签到`,
        booking,
      };
    }
    const message = offer.slot
      ? `${why}。当前时段 ${offer.slot.start}–${offer.slot.end} 有空位，可立即使用`
      : `${why}。${offer.reason}`;
    return {
      outcome: 'not_checked_in',
      message,
      room: roomRef,
      booking: null,
      walkIn: offer.slot,
      nextFree: await nextFreeSlot(tx, room, now),
    };
  });
}
