import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db';
import { acceptCaller } from '../../plugins/auth';
import { bookingRepository } from './bookings-repository';
import { decide, factsQuery, type PlaceRequest, placeBooking } from './place';
import { slotFull } from './rules';
import type { BookingView } from './schemas';

/**
 * A member's booking (预约) in two statements and no transaction, where it was five round trips: the
 * first finds who is asking, the room, the facts the rules need and the slot's places taken (without
 * locks); the rules are checked here, and a slot already full is refused; the second takes the locks, reads the facts again and writes the booking, its seat and its message
 * only if they are unchanged (booking_gate). When something changed in between (a booking of the same
 * member, a closure, a change to the room), the whole booking runs again in a transaction that reads the
 * facts under its locks: every rule is still decided on facts read under the locks.
 */
export async function bookForMember(
  db: Db,
  request: FastifyRequest,
  p: Pick<PlaceRequest, 'roomId' | 'startsAt' | 'note' | 'now' | 'templates'>,
): Promise<BookingView> {
  const repo = bookingRepository(db);
  const facts = factsQuery({ ...p, memberId: 0 });
  const context = await repo.context(request.tokenHash ?? '', facts);
  const caller = acceptCaller(request, context?.caller ?? null);
  const req: PlaceRequest = {
    ...p,
    unionId: caller.unionId,
    member: { id: caller.memberId, name: caller.name },
    mode: 'advance',
  };
  const room = context!.room;
  const booking = decide(room, req);
  // Full when read: refused without taking the locks (a place freed since then is a race the member lost).
  if ((room!.slotBooked ?? 0) + booking.row.seats > booking.capacity) throw slotFull();
  const placed = await repo.placeIfUnchanged(booking.row, booking.capacity, booking.message, {
    ...facts,
    factsKey: room!.factsKey,
  });
  if (placed.stale) return db.transaction((tx) => placeBooking(tx, req));
  if (placed.id === null) throw slotFull();
  return booking.view(placed.id);
}
