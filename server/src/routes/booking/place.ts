import type { Queryable } from '../../db';
import { badRequest, conflict, notFound } from '../../errors';
import { bookingRepository, type FactsQuery, type NewBooking, type RoomWithFacts } from './bookings-repository';
import { MY_BOOKINGS_LINK } from './links';
import { type BookingFacts, type BookingMode, bookingRefusal, bookingLabel, slotFull } from './rules';
import type { BookingView, RoomRecord } from './schemas';
import { findSlot, slotCapacity } from './slots';
import { localDate, weekOf } from '../../time/beijing';
import { toBookingView } from './views';

export interface PlaceRequest {
  unionId: number;
  member: { id: number; name: string };
  roomId: number;
  startsAt: Date;
  mode: BookingMode;
  note?: string;
  now: Date;
  templates: Record<string, string>;
}

const factsOf = (row: RoomRecord & BookingFacts): BookingFacts => ({
  suspendedUntil: row.suspendedUntil,
  closureReason: row.closureReason,
  alreadyBooked: row.alreadyBooked,
  dayCount: row.dayCount,
  weekCount: row.weekCount,
  upcomingCount: row.upcomingCount,
});

/**
 * Books one place in one slot for a member, every rule checked inside the caller's transaction:
 * locks (room shared, member), then the facts read after the locks, then one statement that takes the
 * seat by the conditional update of the slot counter and writes the booking row and the member's message.
 * `walk_in` (立即使用) books the slot open for check-in now and checks the member in at once.
 */
export async function placeBooking(tx: Queryable, req: PlaceRequest): Promise<BookingView> {
  const repo = bookingRepository(tx);
  await repo.lock(req.roomId, req.member.id);
  const row = await repo.roomAndFacts({ ...factsQuery({ ...req, memberId: req.member.id }), unionId: req.unionId });
  const booking = decide(row, req);
  const id = await repo.place(booking.row, booking.capacity, booking.message);
  if (id === null) throw slotFull();
  return booking.view(id);
}

/** The slot's date and week, and from which date the member's bookings count, for the facts query. */
export function factsQuery(req: Pick<PlaceRequest, 'roomId' | 'startsAt' | 'now'> & { memberId: number }): FactsQuery {
  const date = localDate(req.startsAt);
  const week = weekOf(date);
  const today = localDate(req.now);
  return {
    roomId: req.roomId,
    memberId: req.memberId,
    startsAt: req.startsAt,
    date,
    week,
    now: req.now,
    scanFrom: week.start < today ? week.start : today,
  };
}

/**
 * Every booking rule checked against the room and the facts read for it: throws the refusal, or gives
 * the booking row to write, its message, and the view to answer once it has an id.
 */
export function decide(row: RoomWithFacts | null, req: PlaceRequest) {
  if (!row) throw notFound('场地不存在或已停用');
  const slot = findSlot(row, req.startsAt);
  if (!slot) throw badRequest('所选时间不是该场地的可预约时段，请刷新后重试', 'NOT_A_SLOT');
  if (req.mode === 'walk_in' && row.requiresApproval) throw conflict('该场地需要审批，请提前预约', 'APPROVAL_REQUIRED');
  const refusal = bookingRefusal(row, slot, factsOf(row), req.now, req.mode);
  if (refusal) throw refusal;

  const status = req.mode === 'walk_in' ? 'checked_in' : row.requiresApproval ? 'pending' : 'confirmed';
  const source = req.mode === 'walk_in' ? 'walk_in' : 'member';
  const label = bookingLabel(slot.startsAt, slot.endsAt);
  const message =
    status === 'pending'
      ? { title: `预约已提交，等待审批：${row.name}`, body: `${label}。工会审批后会通知您。` }
      : status === 'checked_in'
        ? { title: `已签到：${row.name}`, body: `${label}，现场扫码使用。` }
        : {
            title: `预约成功：${row.name}`,
            body: `${label}。请在开始前 ${row.checkInBeforeMinutes} 分钟至开始后 ${row.checkInAfterMinutes} 分钟内扫码签到，逾时记为未到场。`,
          };
  return {
    capacity: slotCapacity(row),
    row: {
      roomId: row.id,
      memberId: req.member.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      date: slot.date,
      seats: 1,
      status,
      source,
      note: req.note,
      now: req.now,
    } satisfies NewBooking,
    message: {
      templates: req.templates,
      notification: { memberId: req.member.id, kind: 'booking', ...message, link: MY_BOOKINGS_LINK },
    },
    view: (id: number): BookingView =>
      toBookingView(
        {
          id,
          room: { id: row.id, name: row.name, location: row.location },
          member: req.member,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          date: slot.date,
          status,
          source,
          seats: 1,
          note: req.note ?? '',
          reason: null,
          checkedInAt: status === 'checked_in' ? req.now : null,
          createdAt: req.now,
          cancelCutoffMinutes: row.cancelCutoffMinutes,
          checkInBeforeMinutes: row.checkInBeforeMinutes,
          checkInAfterMinutes: row.checkInAfterMinutes,
        },
        req.now,
      ),
  };
}

/** A unique-index violation that slipped past the checks (it cannot, under the member lock) is still a 409. */
export function translateBookingError(error: unknown): unknown {
  const e = error as { code?: string; constraint?: string };
  if (e?.code === '23505' && e.constraint === 'bookings_member_slot_key')
    return conflict('您已预约了该时段', 'ALREADY_BOOKED');
  if (e?.code === '23514' && e.constraint === 'booking_slots_check') return slotFull();
  return error;
}
