/**
 * bench:booking's pgbench scripts: the API's own statements of a booking and of the room page, with
 * pgbench variables where the API binds parameters (pgbench sends them untyped, as node-postgres does).
 */
import type { Db } from '../../server/src/db';
import { BOOKING_SQL, GATED_PLACE_PARAMS, ROOM_GRID_SQL } from '../../server/src/routes/booking/booking-sql';
import { MY_BOOKINGS_LINK } from '../../server/src/routes/booking/links';
import { atLocal, localDate, weekOf } from '../../server/src/time/beijing';
import { notificationWrites } from '../../server/src/services/notify-sql';
import { BENCH_ROOMS, SLOTS_PER_DAY } from './booking-api';

/** An API statement for pgbench: `$n` replaced by pgbench variables or literals. */
const pgbenchSql = (sql: string, args: Record<number, string>) =>
  `${sql.replace(/\$(\d+)/g, (_, n: string) => args[Number(n)] ?? `$${n}`).replace(/\s*\n\s*/g, ' ')};`;

/**
 * The booking script (the API's two statements: who is asking with the room and the facts, then the
 * gated write with the member's message) and the room page's one statement. pgbench cannot hash a
 * token, so each bench member gets a session whose token hash is their id: the same statements find
 * the same rows by the same index.
 */
export async function pgbenchScripts(db: Db, p: { tomorrow: string; bookingRooms: number[]; readRooms: number[] }) {
  const members = await db.query<{ id: number }>(
    `INSERT INTO sessions (token_hash, member_id, expires_at)
     SELECT id::text, id, now() + interval '1 day' FROM members WHERE staff_no LIKE 'T%'
     RETURNING member_id AS id`,
  );
  const ids = members.map((m) => m.id);
  const now = `'${new Date().toISOString()}'`;
  const week = weekOf(p.tomorrow);
  const today = localDate(new Date());
  const start = 'to_timestamp(:ts)';
  const scanFrom = `'${week.start < today ? week.start : today}'`;
  const context = pgbenchSql(BOOKING_SQL.context, {
    1: ':m',
    2: ':room',
    3: start,
    4: `'${p.tomorrow}'`,
    5: `'${week.start}'`,
    6: `'${week.end}'`,
    7: now,
    8: scanFrom,
  }).replace(/;$/, '');
  const message = notificationWrites(
    {},
    { memberId: 0, kind: 'booking', title: '' },
    { from: GATED_PLACE_PARAMS + 1, onlyIf: 'booking' },
  );
  const booking = [
    `\\set room :room0 + random(0, ${BENCH_ROOMS - 1})`,
    `\\set m random(:m0, :m1)`,
    `\\set s random(0, ${SLOTS_PER_DAY - 1})`,
    '\\set ts :t0 + :s * 900',
    '\\set te :ts + 900',
    `SELECT "alreadyBooked"::int AS already, "factsKey" AS key FROM (${context}) f \\gset`,
    // As the API, only a booking the rules allow is written (here: not one the member already has).
    '\\if :already = 0',
    pgbenchSql(BOOKING_SQL.place({ alsoWrite: message.ctes, gated: true }), {
      1: ':room',
      2: ':m',
      3: start,
      4: 'to_timestamp(:te)',
      5: `'${p.tomorrow}'`,
      6: '1',
      7: "'confirmed'",
      8: "'member'",
      9: 'NULL',
      10: "''",
      11: 'NULL',
      12: now,
      13: '1000',
      14: `'${week.start}'`,
      15: `'${week.end}'`,
      16: scanFrom,
      17: ':key',
      18: ':m',
      19: "'booking'",
      20: "'预约成功：压测室'",
      21: "'明天 08:00–08:15'",
      22: `'${MY_BOOKINGS_LINK}'`,
      23: 'NULL',
      24: 'NULL',
      25: 'NULL',
    }),
    '\\endif',
  ].join('\n');
  const read = [
    `\\set room :room0 + random(0, ${BENCH_ROOMS - 1})`,
    `\\set m random(:m0, :m1)`,
    pgbenchSql(ROOM_GRID_SQL, { 1: ':m', 2: ':room', 3: `'${today}'` }),
  ].join('\n');
  const defines = { m0: Math.min(...ids), m1: Math.max(...ids), t0: atLocal(p.tomorrow, 0).getTime() / 1000 };
  if (defines.m1 - defines.m0 !== ids.length - 1) throw new Error('bench members are not consecutive');
  return {
    booking: { script: booking, defines: { ...defines, room0: p.bookingRooms[0]! } },
    read: { script: read, defines: { ...defines, room0: p.readRooms[0]! } },
  };
}
