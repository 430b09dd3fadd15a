import { callerSql } from '../../plugins/session-sql';

/*
 * SQL shared by this domain's repositories (bookings, reads, grid, rooms), and only by them; the
 * benchmark imports it too, so that pgbench runs exactly the API's statements.
 */

// Times as 'HH:MM' (24:00 stays 24:00); time's text form is always ISO, whatever the DateStyle.
export const ROOM_COLUMNS = `r.id, r.union_id AS "unionId", r.code, r.name, r.location, r.description, r.photos, r.mode, r.capacity,
  r.slot_minutes AS "slotMinutes", r.window_days AS "windowDays", left(r.release_time::text, 5) AS "releaseTime",
  r.cancel_cutoff_minutes AS "cancelCutoffMinutes", r.quota_per_day AS "quotaPerDay", r.quota_per_week AS "quotaPerWeek",
  r.quota_upcoming AS "quotaUpcoming", r.requires_approval AS "requiresApproval",
  r.checkin_before_minutes AS "checkInBeforeMinutes", r.checkin_after_minutes AS "checkInAfterMinutes", r.active,
  coalesce((SELECT json_agg(json_build_object('weekday', h.weekday, 'opens', left(h.opens_at::text, 5),
                                              'closes', left(h.closes_at::text, 5)) ORDER BY h.weekday, h.opens_at)
              FROM room_hours h WHERE h.room_id = r.id), '[]') AS "openingHours"`;

/** A booking row as the list queries select it (views.ts's BookingRow). */
export const BOOKING_SELECT = `SELECT b.id, json_build_object('id', r.id, 'name', r.name, 'location', r.location) AS room,
       json_build_object('id', m.id, 'name', m.name) AS member,
       b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.slot_date AS date, b.status, b.source, b.seats, b.note,
       b.status_reason AS reason, b.checked_in_at AS "checkedInAt", b.created_at AS "createdAt",
       r.cancel_cutoff_minutes AS "cancelCutoffMinutes", r.checkin_before_minutes AS "checkInBeforeMinutes",
       r.checkin_after_minutes AS "checkInAfterMinutes"
  FROM bookings b JOIN rooms r ON r.id = b.room_id JOIN members m ON m.id = b.member_id`;

/**
 * Lock order, so that no two transactions wait on each other in a circle: the room (advisory;
 * shared for booking, exclusive for closures and room changes) → the member (advisory) → existing
 * booking rows → slot counters, several in (room, start) order. A new booking takes its one slot
 * counter and then inserts a row, which waits on nothing held by others. booking_gate (migration 070)
 * takes the same two locks with the same numbers.
 */
export const LOCK_ROOM = 7301;
export const LOCK_MEMBER = 7302;

/**
 * The facts the booking rules need ($3 member, $4 slot start, $5 slot date, $6/$7 its week, $8 now,
 * $9 earliest date to scan) come from the database function booking_facts, the one place they are counted.
 */
const FACTS = `f."suspendedUntil", f."closureReason", f."alreadyBooked", f."dayCount", f."weekCount", f."upcomingCount", f."factsKey"`;

/** The statements of one booking, exported so the benchmark can give pgbench exactly the same SQL. */
export const BOOKING_SQL = {
  lock: (room: string, member: string) =>
    `SELECT pg_advisory_xact_lock_shared(${LOCK_ROOM}, ${room}), pg_advisory_xact_lock(${LOCK_MEMBER}, ${member})`,

  // $1 room, $2 union, $3 member, $4 slot start, $5 slot date, $6/$7 its week, $8 now, $9 earliest date to scan.
  roomAndFacts: `SELECT ${ROOM_COLUMNS}, ${FACTS}
  FROM rooms r
  CROSS JOIN LATERAL booking_facts(r.id, $3, $4, $5, $6, $7, $8, $9) f
 WHERE r.id = $1 AND r.union_id = $2 AND r.active`,

  // The counts of roomAndFacts alone, for the quota display: $1 room, then $2 … $8 as roomAndFacts' $3 … $9.
  memberCounts: `SELECT f."dayCount", f."weekCount", f."upcomingCount" FROM booking_facts($1, $2, $3, $4, $5, $6, $7, $8) f`,

  /**
   * The first statement of a member's booking: who holds session token hash $1 (the auth lookup folded
   * in), and room $2 of their union with the facts, read without locks ($3 slot start, $4 slot date,
   * $5/$6 its week, $7 now, $8 earliest date to scan). No row: no session. A row whose id is null: no
   * such active room. slotBooked: the places the slot had taken when read, so that a slot already full
   * is refused without the second statement (in a rush, most requests).
   */
  context: `WITH c AS (${callerSql('$1')})
SELECT to_json(c) AS caller, ${ROOM_COLUMNS}, ${FACTS},
       (SELECT s.booked FROM booking_slots s WHERE s.room_id = r.id AND s.starts_at = $3) AS "slotBooked"
  FROM c
  LEFT JOIN rooms r ON r.id = $2 AND r.union_id = c."unionId" AND r.active
  LEFT JOIN LATERAL booking_facts(r.id, c."memberId", $3, $4, $5, $6, $7, $8) f ON true`,

  /**
   * Takes `$6` places in the slot when they are free — a new counter row, or a conditional update of
   * the existing one — and writes the booking only then: no row back means the slot is full. `alsoWrite`:
   * more writes in the same statement, numbered after the booking's own, that happen only if `booking`
   * has its row. `gated`: the statement first passes booking_gate ($14/$15 the week, $16 earliest date
   * to scan, $17 the facts key read before), writes nothing when the facts changed, and answers one row
   * (open, id) either way, so that it runs on its own with no transaction around it.
   */
  place: ({ alsoWrite, gated = false }: { alsoWrite?: string; gated?: boolean } = {}) => `WITH ${
    gated ? `gate AS (SELECT booking_gate($1, $2, $3, $5, $14, $15, $12, $16, $17) AS open),\n    ` : ''
  }seat AS (
      INSERT INTO booking_slots AS s (room_id, starts_at, slot_date, capacity, booked)
      SELECT $1::int, $3::timestamptz, $5::date, $13::int, $6::int${gated ? ' WHERE (SELECT open FROM gate)' : ''}
      ON CONFLICT (room_id, starts_at) DO UPDATE SET booked = s.booked + excluded.booked
       WHERE s.booked + excluded.booked <= s.capacity
      RETURNING s.booked),
    booking AS (
      INSERT INTO bookings (room_id, member_id, starts_at, ends_at, slot_date, seats, status, source, series_id, note,
                            checked_in_at, created_at, updated_at)
      SELECT $1, $2::int, $3, $4::timestamptz, $5, $6, $7::text, $8::text, $9::int, $10::text, $11::timestamptz, $12, $12 FROM seat
      RETURNING id)${alsoWrite ? `,\n    ${alsoWrite}` : ''}
    ${gated ? 'SELECT (SELECT open FROM gate) AS open, (SELECT id FROM booking) AS id' : 'SELECT id FROM booking'}`,
};

/** The booking's own parameters in BOOKING_SQL.place, ungated and gated; what it also writes is numbered after them. */
export const PLACE_PARAMS = 13;
export const GATED_PLACE_PARAMS = 17;

/** SQL expressions for the grid's inputs: rooms (int[]), union, first and last date, member (or null). */
interface GridInputs {
  rooms: string;
  union: string;
  from: string;
  to: string;
  member: string;
}

/**
 * Everything the slot grid needs besides the room, as three columns of one row: places taken per
 * slot, closures, and the member's own bookings over a range of dates. Instants come as epoch milliseconds.
 */
const gridColumns = (g: GridInputs) => `
  (SELECT coalesce(json_agg(json_build_array(s.room_id, (extract(epoch FROM s.starts_at) / 60)::int, s.booked)), '[]')
     FROM booking_slots s WHERE s.room_id = ANY(${g.rooms}) AND s.slot_date BETWEEN ${g.from} AND ${g.to}) AS counters,
  (SELECT coalesce(json_agg(json_build_object('roomId', c.room_id, 'startsOn', c.starts_on, 'endsOn', c.ends_on, 'reason', c.reason)
                            ORDER BY c.id), '[]')
     FROM room_closures c WHERE c.union_id = ${g.union} AND c.ends_on >= ${g.from} AND c.starts_on <= ${g.to}) AS closures,
  (SELECT coalesce(json_agg(json_build_array(b.id, (extract(epoch FROM b.starts_at) / 60)::int)), '[]')
     FROM bookings b WHERE b.member_id = ${g.member} AND b.room_id = ANY(${g.rooms}) AND b.slot_date BETWEEN ${g.from} AND ${g.to}
      AND b.status IN ('pending', 'confirmed', 'checked_in')) AS mine`;

/** The grid of rooms $1 of union $2 from $3 to $4 for member $5 (or null). Exported for the benchmark. */
export const GRID_SQL = `SELECT ${gridColumns({ rooms: '$1::int[]', union: '$2', from: '$3::date', to: '$4::date', member: '$5::int' })}`;

/**
 * Who holds session token hash $1 and, for them, active room $2 of their union with its grid over its
 * booking window, from $3 (today) to $3 + its window_days (bookingWindow's lastDate): the room page in
 * one round trip, the session lookup included. No row: no session; id null: no such room. Exported for the benchmark.
 */
export const ROOM_GRID_SQL = `WITH c AS (${callerSql('$1')})
SELECT to_json(c) AS caller, ${ROOM_COLUMNS},
  ${gridColumns({ rooms: 'ARRAY[r.id]', union: 'r.union_id', from: '$3::date', to: '($3::date + r.window_days)', member: 'c."memberId"' })}
  FROM c LEFT JOIN rooms r ON r.id = $2 AND r.union_id = c."unionId" AND r.active`;
