import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { badRequest, notFound } from '../../errors';
import { bookingRepository, closureOn } from './bookings-repository';
import type { CreateSeriesBody, SeriesCreated } from './manage-schemas';
import { roomRepository } from './rooms-repository';
import { slotCapacity, slotsOn } from './slots';
import { addDays, daysBetween, isoWeekday, weekdayName } from './time';

type Result = Omit<Static<typeof SeriesCreated>, 'series'> & { seriesId: number };

/**
 * A weekly booking by staff over a range of dates (a club's training for a term). Closed days are
 * skipped and every date that cannot be booked is reported with its reason; the rest are booked in
 * one transaction. Staff bookings are exempt from the member quotas and the booking window, not
 * from capacity, closures or the past.
 */
export async function createSeries(
  tx: Queryable,
  p: { unionId: number; staffId: number; body: Static<typeof CreateSeriesBody>; now: Date },
): Promise<Result> {
  const { body, now } = p;
  if (body.endsOn < body.startsOn) throw badRequest('截止日期不能早于首次日期');
  if (daysBetween(body.startsOn, body.endsOn) > 366) throw badRequest('固定安排最长一年');
  const dates = Array.from({ length: daysBetween(body.startsOn, body.endsOn) + 1 }, (_, i) => addDays(body.startsOn, i)).filter(
    (d) => isoWeekday(d) === body.weekday,
  );
  if (dates.length === 0) throw badRequest(`所选日期范围内没有${weekdayName(body.weekday)}`);

  const repo = bookingRepository(tx);
  await repo.lock(body.roomId, p.staffId);
  const room = await roomRepository(tx).find(p.unionId, body.roomId);
  if (!room) throw notFound('场地不存在或已停用');
  const capacity = slotCapacity(room);
  const seats = body.seats ?? capacity;
  if (seats > capacity) throw badRequest(`该场地每个时段最多 ${capacity} 个位置`);

  const [series] = await tx.query<{ id: number }>(
    `INSERT INTO booking_series (room_id, created_by, title, weekday, start_time, starts_on, ends_on, seats, created_at)
     VALUES ($1, $2, $3, $4, $5::time, $6, $7, $8, $9) RETURNING id`,
    [room.id, p.staffId, body.title, body.weekday, body.start, body.startsOn, body.endsOn, seats, now],
  );
  const { counters, closures } = await repo.grid({ roomIds: [room.id], unionId: p.unionId, from: body.startsOn, to: body.endsOn });
  const held = await tx.query<{ startsAt: Date }>(
    `SELECT starts_at AS "startsAt" FROM bookings WHERE member_id = $1 AND room_id = $2 AND slot_date BETWEEN $3::date AND $4::date
        AND status IN ('pending', 'confirmed', 'checked_in', 'no_show')`,
    [p.staffId, room.id, body.startsOn, body.endsOn],
  );
  const mine = new Set(held.map((b) => b.startsAt.getTime()));

  const result: Result = { seriesId: series!.id, booked: [], conflicts: [] };
  for (const date of dates) {
    const slot = slotsOn(room, date).find((s) => s.start === body.start);
    const refuse = (reason: string) => result.conflicts.push({ date, startsAt: slot?.startsAt ?? null, reason });
    if (!slot) {
      refuse(`当天没有 ${body.start} 开始的时段`);
      continue;
    }
    const closed = closureOn(closures, room.id, date);
    if (slot.startsAt <= now) refuse('时间已过');
    else if (closed) refuse(`闭馆：${closed}`);
    else if (mine.has(slot.startsAt.getTime())) refuse('该时段已有您的预约');
    else {
      const booking = { roomId: room.id, memberId: p.staffId, startsAt: slot.startsAt, endsAt: slot.endsAt, date, seats };
      const bookingId = await repo.place({ ...booking, status: 'confirmed', source: 'series', seriesId: series!.id, note: body.title, now }, capacity);
      if (bookingId !== null) result.booked.push({ date, startsAt: slot.startsAt, bookingId });
      else if (room.mode === 'whole') refuse('该时段已被预约');
      else refuse(`该时段只剩 ${Math.max(0, capacity - counters.booked(room.id, slot.startsAt))} 个位置，不足 ${seats} 个`);
    }
  }
  return result;
}
