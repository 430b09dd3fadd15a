/**
 * bench:scale's two sides, with full pages. As seeded, the demo union has 6 help cases, no audit
 * entry and 13 bookings, while the city's school fills its help and audit pages (a help queue page is
 * 50 cases, an audit page 20 entries): the two figures of a read then differ by what one page holds,
 * not by how much data lies under it, which is what the ratio is for. So the demo's lists get more
 * than a page each first, and both sides' booking pages (which the city's two years do not fill
 * either: no room of it asks for approval) get the same top-up.
 */
import type { Db } from '../../server/src/db';

const COPIES_OF_EACH_CASE = 10;
const AUDIT_ENTRIES = 60;
/** 我的预约（历史） reads 20 a page; the approval queue 100. */
const PAST_BOOKINGS_PER_MEMBER = 30;
const PENDING_BOOKINGS = 150;

export async function fillDemoPages(db: Db) {
  const [chair] = await db.query<{ id: number; unionId: number }>(
    `SELECT id, union_id AS "unionId" FROM members WHERE staff_no = 'S1001'`,
  );
  if (!chair) throw new Error('the demo has no chair S1001');
  // Each case copied as it is (its state, urgency and sealed texts), so the queue has the same mix, ten times over.
  const columns = (
    await db.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = 'help_requests' AND column_name <> 'id' AND is_generated = 'NEVER'
        ORDER BY ordinal_position`,
    )
  )
    .map((c) => `"${c.name}"`)
    .join(', ');
  await db.query(
    `INSERT INTO help_requests (${columns})
     SELECT ${columns} FROM help_requests, generate_series(1, $2) WHERE union_id = $1`,
    [chair.unionId, COPIES_OF_EACH_CASE],
  );
  // The city's kinds of entry (city-data.ts), about the union's own members, over the last days.
  await db.query(
    `INSERT INTO audit_log (at, actor_id, union_id, action, target_type, target_id, detail)
     SELECT now() - make_interval(hours => g), $2, $1,
            (ARRAY['booking.manage.cancel', 'member.record.update', 'help.case.read', 'member.role.grant', 'export.help'])[1 + g % 5],
            (ARRAY['booking', 'member', 'help_request', 'member', 'union'])[1 + g % 5],
            (SELECT id FROM members WHERE union_id = $1 ORDER BY id OFFSET g % 50 LIMIT 1)::text, '{"via":"bench"}'
       FROM generate_series(1, $3) g`,
    [chair.unionId, chair.id, AUDIT_ENTRIES],
  );
}

/**
 * More than a page of past bookings for each member measured, and of pending ones in the union's
 * first room: one a day per member for the last 30 days, and one a slot over the coming days, each
 * with its slot, so that the queue and the history read full pages on either side.
 */
export async function fillBookingPages(db: Db, p: { roomId: number; memberIds: number[] }) {
  const [room] = await db.query<{ unionId: number; capacity: number }>(
    `SELECT union_id AS "unionId", capacity FROM rooms WHERE id = $1`,
    [p.roomId],
  );
  if (!room) throw new Error(`no room ${p.roomId}`);
  // Past: member i books the hour 8 + i % 12 on each of the last 30 days; pending: the hours 8–19 of the next days, in turn.
  await db.exec(`CREATE TEMP TABLE bench_bookings (member_id int, starts_at timestamptz, status text)`);
  await db.query(
    `INSERT INTO bench_bookings
     SELECT m.id, ((now() AT TIME ZONE 'Asia/Shanghai')::date - d + make_interval(hours => 8 + (m.i % 12)::int)) AT TIME ZONE 'Asia/Shanghai',
            CASE WHEN d % 10 = 0 THEN 'cancelled' ELSE 'checked_in' END
       FROM unnest($1::int[]) WITH ORDINALITY m(id, i), generate_series(1, $2) d`,
    [p.memberIds, PAST_BOOKINGS_PER_MEMBER],
  );
  await db.query(
    `INSERT INTO bench_bookings
     SELECT ($1::int[])[1 + g % cardinality($1::int[])],
            ((now() AT TIME ZONE 'Asia/Shanghai')::date + 1 + g / 12 + make_interval(hours => 8 + g % 12)) AT TIME ZONE 'Asia/Shanghai',
            'pending'
       FROM generate_series(0, $2 - 1) g`,
    [p.memberIds, PENDING_BOOKINGS],
  );
  await db.query(
    `INSERT INTO booking_slots (room_id, starts_at, slot_date, capacity)
     SELECT DISTINCT $1::int, starts_at, (starts_at AT TIME ZONE 'Asia/Shanghai')::date, $2::int FROM bench_bookings
     ON CONFLICT (room_id, starts_at) DO NOTHING`,
    [p.roomId, room.capacity],
  );
  await db.query(
    `INSERT INTO bookings (room_id, member_id, starts_at, ends_at, slot_date, status, checked_in_at, cancelled_at, created_at, updated_at)
     SELECT $1, member_id, starts_at, starts_at + interval '1 hour', (starts_at AT TIME ZONE 'Asia/Shanghai')::date, status,
            CASE WHEN status = 'checked_in' THEN starts_at END, CASE WHEN status = 'cancelled' THEN starts_at - interval '1 day' END,
            least(now(), starts_at - interval '2 days'), least(now(), starts_at)
       FROM bench_bookings
     ON CONFLICT DO NOTHING`,
    [p.roomId],
  );
  await db.query(
    `UPDATE booking_slots s SET booked = least(s.capacity, (SELECT count(*) FROM bookings b
        WHERE b.room_id = s.room_id AND b.starts_at = s.starts_at AND b.status IN ('pending', 'confirmed', 'checked_in', 'no_show')))
      WHERE s.room_id = $1 AND s.starts_at IN (SELECT starts_at FROM bench_bookings)`,
    [p.roomId],
  );
  await db.exec(`DROP TABLE bench_bookings`);
}
