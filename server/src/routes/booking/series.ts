import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { badRequest, notFound } from '../../errors';
import { bookingRepository } from './bookings-repository';
import { closureOn } from './grid';
import { gridRepository } from './grid-repository';
import type { CreateSeriesBody, SeriesCreated } from './manage-schemas';
import { roomRepository } from './rooms-repository';
import type { RoomRecord } from './schemas';
import { type Holder, seriesRepository } from './series-repository';
import { type Slot, slotCapacity, slotsOn } from './slots';
import { addDays, daysBetween, isoWeekday, localDate, weekdayName } from '../../time/beijing';

type Outcome = Omit<Static<typeof SeriesCreated>, 'series'>;
type Result = Outcome & { seriesId: number };

/** Enough for a term of several days a week at a few slots each, and small enough for one transaction. */
export const MAX_SERIES_OCCURRENCES = 400;

const weekdayList = (weekdays: number[]) => weekdays.map(weekdayName).join('、');

/**
 * The run of `count` back-to-back slots that starts at `start` on one date of the room's grid, or
 * why there is none. The grid depends on the weekday only, so one date answers for all its weeks.
 */
function runOn(room: RoomRecord, date: string, start: string, count: number): Slot[] | string {
  const slots = slotsOn(room, date);
  const first = slots.findIndex((s) => s.start === start);
  const day = weekdayName(isoWeekday(date));
  if (first < 0) return `${room.name}${day}没有 ${start} 开始的时段`;
  const run = slots.slice(first, first + count);
  const broken = run.findIndex((s, i) => i > 0 && s.startsAt.getTime() !== run[i - 1]!.endsAt.getTime());
  if (run.length < count || broken > 0) return `${room.name}${day} ${start} 起没有连续 ${count} 个时段`;
  return run;
}

/** '“篮球社训练”' for a place held by a series, else the member's name; '（待审核）' while pending. */
const holderLabel = (h: Holder) =>
  `${h.seriesTitle ? `“${h.seriesTitle}”` : h.name}${h.status === 'pending' ? '（待审核）' : ''}`;

/** Why a slot could not be had, naming who holds it. */
function conflictReason(room: RoomRecord, holders: Holder[], seats: number): string {
  const left = Math.max(0, slotCapacity(room) - holders.reduce((sum, h) => sum + h.seats, 0));
  const labels = holders.map(holderLabel);
  if (holders.length === 0) return '该时段已约满';
  if (room.mode === 'whole') {
    const h = holders[0]!;
    return h.seriesTitle ? `已被${labels[0]}占用（${h.name}安排）` : `已被${labels[0]}预约`;
  }
  const named = labels.slice(0, 3).join('、') + (labels.length > 3 ? ` 等 ${labels.length} 个预约` : '');
  return `只剩 ${left} 个位置，不足 ${seats} 个（已约：${named}）`;
}

/**
 * A weekly booking by staff over a range of dates (a club's training for a term): on each chosen
 * weekday, `slots` back-to-back slots from `start`. Closed days and slots already past are skipped,
 * every slot someone else holds is reported with who holds it, and the rest are booked, all in the
 * caller's transaction. Staff bookings are exempt from the member quotas and the booking window,
 * not from capacity, closures or the past.
 */
export async function createSeries(
  tx: Queryable,
  p: { unionId: number; staffId: number; body: Static<typeof CreateSeriesBody>; now: Date },
): Promise<Result> {
  const { body, now } = p;
  const weekdays = [...new Set(body.weekdays ?? (body.weekday ? [body.weekday] : []))].sort((a, b) => a - b);
  const count = body.slots ?? 1;
  const title = body.title.trim();
  if (!title) throw badRequest('请填写用途，如“羽毛球社训练”');
  if (weekdays.length === 0) throw badRequest('请选择星期');
  if (body.endsOn < body.startsOn) throw badRequest('截止日期不能早于首次日期');
  if (body.endsOn < localDate(now)) throw badRequest('截止日期已经过去');
  if (daysBetween(body.startsOn, body.endsOn) > 366) throw badRequest('固定安排最长一年');
  const dates = Array.from({ length: daysBetween(body.startsOn, body.endsOn) + 1 }, (_, i) =>
    addDays(body.startsOn, i),
  ).filter((d) => weekdays.includes(isoWeekday(d)));
  if (dates.length === 0) throw badRequest(`所选日期范围内没有${weekdayList(weekdays)}`);
  if (dates.length * count > MAX_SERIES_OCCURRENCES) {
    throw badRequest(
      `一次最多安排 ${MAX_SERIES_OCCURRENCES} 次（现为 ${dates.length * count} 次），请缩短日期范围或减少星期、时段`,
    );
  }

  const repo = bookingRepository(tx);
  const series = seriesRepository(tx);
  await repo.lock(body.roomId, p.staffId);
  const room = await roomRepository(tx).find(p.unionId, body.roomId);
  if (!room) throw notFound('场地不存在或已停用');
  for (const date of dates.slice(0, 7)) {
    const run = runOn(room, date, body.start, count);
    if (typeof run === 'string') throw badRequest(run);
  }
  const capacity = slotCapacity(room);
  const seats = body.seats ?? capacity;
  if (seats > capacity) throw badRequest(`该场地每个时段最多 ${capacity} 个位置`);

  const seriesId = await series.insert({
    roomId: room.id,
    staffId: p.staffId,
    title,
    weekdays,
    start: body.start,
    slots: count,
    startsOn: body.startsOn,
    endsOn: body.endsOn,
    seats,
    now,
  });
  const { closures } = await gridRepository(tx).grid({
    roomIds: [room.id],
    unionId: p.unionId,
    from: body.startsOn,
    to: body.endsOn,
  });
  const mine = await series.heldBy(p.staffId, room.id, body.startsOn, body.endsOn);

  const result: Result = { seriesId, booked: [], skipped: [], conflicts: [] };
  for (const date of dates) {
    const run = runOn(room, date, body.start, count);
    if (typeof run === 'string') {
      result.skipped.push({ date, start: body.start, end: null, startsAt: null, reason: run });
      continue;
    }
    const closed = closureOn(closures, room.id, date);
    if (closed) {
      result.skipped.push({
        date,
        start: run[0]!.start,
        end: run.at(-1)!.end,
        startsAt: run[0]!.startsAt,
        reason: `闭馆：${closed}`,
      });
      continue;
    }
    for (const slot of run) {
      const at = { date, start: slot.start, end: slot.end, startsAt: slot.startsAt };
      if (slot.startsAt <= now) {
        result.skipped.push({ ...at, reason: '时间已过' });
        continue;
      }
      const booking = {
        roomId: room.id,
        memberId: p.staffId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        date,
        seats,
        seriesId,
        note: title,
        now,
      };
      const bookingId = mine.has(slot.startsAt.getTime())
        ? null
        : await repo.place({ ...booking, status: 'confirmed', source: 'series' }, capacity);
      if (bookingId !== null) {
        result.booked.push({ ...at, bookingId });
        continue;
      }
      const holders = await series.holders(room.id, slot.startsAt);
      const own = holders.find((h) => h.memberId === p.staffId);
      const reason = own
        ? `已有您的${own.seriesTitle ? `安排${holderLabel(own)}` : '预约'}`
        : conflictReason(room, holders, seats);
      result.conflicts.push({ ...at, reason, heldBy: holders.map(holderLabel) });
    }
  }
  return result;
}
