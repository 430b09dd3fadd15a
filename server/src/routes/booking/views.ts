import { cancelDeadline, checkInClosesAt, checkInOpensAt } from './rules';
import type { BookingView } from './schemas';
import { clockLabels } from '../../time/beijing';

/** A booking row as the list queries select it. */
export interface BookingRow {
  id: number;
  room: { id: number; name: string; location: string };
  member: { id: number; name: string };
  startsAt: Date;
  endsAt: Date;
  date: string;
  status: BookingView['status'];
  source: BookingView['source'];
  seats: number;
  note: string;
  reason: string | null;
  checkedInAt: Date | null;
  createdAt: Date;
  cancelCutoffMinutes: number;
  checkInBeforeMinutes: number;
  checkInAfterMinutes: number;
}

/** What the member sees of a booking, with the deadlines worked out for the given instant. */
export function toBookingView(row: BookingRow, now: Date): BookingView {
  const deadline = cancelDeadline(row, row.startsAt);
  const { start, end } = clockLabels(row.startsAt, row.endsAt);
  return {
    id: row.id,
    room: row.room,
    member: row.member,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    date: row.date,
    start,
    end,
    status: row.status,
    source: row.source,
    seats: row.seats,
    note: row.note,
    reason: row.reason,
    checkedInAt: row.checkedInAt,
    createdAt: row.createdAt,
    cancellable: (row.status === 'pending' || row.status === 'confirmed') && now.getTime() < deadline.getTime(),
    cancelDeadline: deadline,
    checkInOpensAt: checkInOpensAt(row, row.startsAt),
    checkInClosesAt: checkInClosesAt(row, row.startsAt),
  };
}
