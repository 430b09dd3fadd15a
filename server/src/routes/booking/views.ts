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

export const BOOKING_SELECT = `SELECT b.id, json_build_object('id', r.id, 'name', r.name, 'location', r.location) AS room,
       json_build_object('id', m.id, 'name', m.name) AS member,
       b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.slot_date AS date, b.status, b.source, b.seats, b.note,
       b.status_reason AS reason, b.checked_in_at AS "checkedInAt", b.created_at AS "createdAt",
       r.cancel_cutoff_minutes AS "cancelCutoffMinutes", r.checkin_before_minutes AS "checkInBeforeMinutes",
       r.checkin_after_minutes AS "checkInAfterMinutes"
  FROM bookings b JOIN rooms r ON r.id = b.room_id JOIN members m ON m.id = b.member_id`;

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
