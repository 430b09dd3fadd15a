/**
 * npm run bench:booking — the booking API on a real PostgreSQL 15 server that this script starts,
 * with DEMO_MEMBERS demo members (default 600):
 *   1. rush: 500 members race for 20 slots of 4 seats → exactly 80 confirmed, the rest 4xx, no 5xx;
 *   2. throughput: wrk's 32 connections booking spread-out slots, then reading the slot grid, in
 * rounds that take turns with pgbench running the same SQL (every statement of the request, the
 * session lookup included, prepared once per connection as the API does) against the same server for as long.
 * Needs wrk (apt-get install -y wrk). Loopback only, bounded in requests and time; it prints
 * figures and asserts nothing about timing.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { testConfig } from '../../server/src/config';
import { migrate } from '../../server/src/db/migrate';
import { openPostgres } from '../../server/src/db/postgres';
import { CALLER_SQL, hashToken } from '../../server/src/plugins/auth';
import { BOOKING_SQL, ROOM_GRID_SQL } from '../../server/src/routes/booking/bookings-repository';
import { MY_BOOKINGS_LINK } from '../../server/src/routes/booking/links';
import { addDays, atLocal, localDate, weekOf } from '../../server/src/time/beijing';
import { markAsDemo, seedDemo } from '../../server/src/seed/demo';
import { startServer } from '../../server/src/server';
import { notificationWrites } from '../../server/src/services/notify';
import { freePort, startPostgres } from '../support/postgres-server';
import { assertLoadToolsPresent, burst, CLIENTS, pgbench, type Rate, type Request, wrk } from './load';
import { compare, inRounds, MAX_RAW_SPREAD } from './rounds';

const MEMBERS = Number(process.env.DEMO_MEMBERS || 600);
const RUSH_MEMBERS = 500;
// The API and pgbench take turns, each this long a round (see rounds.ts).
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const SECONDS = Number(process.env.BENCH_SECONDS || 4);
// An uncounted run before each API phase, as pgbench connects before it starts its clock: the pool
// opens its connections, each connection prepares its statements, and V8 compiles the hot paths.
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS || 3);
// More distinct requests than a round sends at the API's best rate, so that none is sent twice.
const REQUESTS_PER_PHASE = 4000 * Math.max(SECONDS, WARM_UP_SECONDS);
// PostgreSQL runs on this machine: a pool of about twice its cores, the size the README advises.
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE || 2 * os.cpus().length);
const BENCH_ROOMS = 10;
const SLOTS_PER_DAY = 96;

/** An API statement for pgbench: `$n` replaced by pgbench variables or literals. */
const pgbenchSql = (sql: string, args: Record<number, string>) =>
  `${sql.replace(/\$(\d+)/g, (_, n: string) => args[Number(n)] ?? `$${n}`).replace(/\s*\n\s*/g, ' ')};`;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const started = Date.now();
  assertLoadToolsPresent();
  // A server on a DATABASE_URL must have a counselling notes key; this database lives for one run.
  process.env.COUNSELLING_NOTES_KEY ??= randomBytes(32).toString('base64');
  const pg = await startPostgres();
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(
    `PostgreSQL 15 on 127.0.0.1:${pg.port}; ${MEMBERS} demo members; ${os.cpus().length} CPU cores; API pool of ${POOL_SIZE} connections; load average ${load()} (1, 5, 15 min) before the run`,
  );
  let stopServer: (() => Promise<void>) | undefined;
  try {
    const setup = openPostgres(pg.url, 4);
    await migrate(setup);
    await markAsDemo(setup);
    await seedDemo(setup, { extraMembers: MEMBERS });
    await setup.close();

    const port = await freePort();
    const server = await startServer({
      ...testConfig({ logLevel: 'warn' }),
      databaseUrl: pg.url,
      databasePoolSize: POOL_SIZE,
      port,
      host: '127.0.0.1',
      demoMembers: MEMBERS,
    });
    stopServer = server.close;
    const db = server.db;
    const base = `http://127.0.0.1:${port}`;

    const login = async (staffNo: string) => {
      const response = await fetch(`${base}/api/auth/dev-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ staffNo }),
      });
      if (!response.ok) throw new Error(`dev-login ${staffNo}: ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    };
    const staffToken = await login('S1002');
    const staffNos = Array.from({ length: MEMBERS }, (_, i) => `T${String(i + 1).padStart(4, '0')}`);
    const tokens: string[] = [];
    for (let i = 0; i < staffNos.length; i += 50)
      tokens.push(...(await Promise.all(staffNos.slice(i, i + 50).map(login))));
    const [union] = await db.query<{ unionId: number }>(
      `SELECT union_id AS "unionId" FROM members WHERE staff_no = 'T0001'`,
    );
    const memberIds = await db.query<{ id: number }>(`SELECT id FROM members WHERE staff_no LIKE 'T%' ORDER BY id`);

    const createRoom = async (name: string, body: object) => {
      const response = await fetch(`${base}/api/booking/manage/rooms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${staffToken}` },
        body: JSON.stringify({ name, mode: 'seats', ...body }),
      });
      if (response.status !== 201) throw new Error(`createRoom: ${await response.text()}`);
      return ((await response.json()) as { id: number }).id;
    };
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
    const tomorrow = addDays(localDate(new Date()), 1);

    // 1. The rush.
    const rushRoom = await createRoom('抢约测试场', { capacity: 4, slotMinutes: 30, openingHours: allDay });
    const rushSlots = Array.from({ length: 20 }, (_, i) => atLocal(tomorrow, 8 * 60 + i * 30).toISOString());
    const rush = await burst(
      port,
      tokens.slice(0, RUSH_MEMBERS).map((token, i) => ({
        method: 'POST',
        path: '/api/booking/bookings',
        token,
        body: { roomId: rushRoom, startsAt: rushSlots[i % 20] },
      })),
    );
    const count = (from: number, to: number) => rush.results.filter((r) => r.status >= from && r.status < to).length;
    const messages = new Map<string, number>();
    for (const r of rush.results.filter((x) => x.status >= 400 && x.status < 500)) {
      const message = (JSON.parse(r.body ?? '{}') as { message?: string }).message ?? '(none)';
      messages.set(message, (messages.get(message) ?? 0) + 1);
    }
    const [agree] = await db.query<{ bookings: number; seats: number; fullSlots: number }>(
      `SELECT (SELECT count(*)::int FROM bookings WHERE room_id = $1 AND status = 'confirmed') AS bookings,
              (SELECT coalesce(sum(booked), 0)::int FROM booking_slots WHERE room_id = $1) AS seats,
              (SELECT count(*)::int FROM booking_slots WHERE room_id = $1 AND booked = capacity) AS "fullSlots"`,
      [rushRoom],
    );
    console.log(`\nRush: ${RUSH_MEMBERS} members, 20 slots × 4 seats, all at once (${fmt(rush.seconds, 2)} s)`);
    console.log(
      `  confirmed (201): ${count(200, 300)}   4xx: ${count(400, 500)}   5xx: ${count(500, 600)}   failed: ${count(0, 1)}`,
    );
    for (const [message, n] of messages) console.log(`  4xx message: ${message} × ${n}`);
    console.log(
      `  database: ${agree!.bookings} confirmed bookings, ${agree!.seats} seats counted, ${agree!.fullSlots}/20 slots full`,
    );
    console.log(
      `  ${count(200, 300) === 80 && agree!.bookings === 80 && agree!.seats === 80 && count(500, 600) === 0 ? 'OK' : 'MISMATCH'}: exactly 80 confirmed, no 5xx, the database agrees`,
    );

    // 2. Throughput: random (room, slot, member) over BENCH_ROOMS rooms × 96 quarter-hour slots tomorrow.
    const apiRooms: number[] = [];
    const pgbenchRooms: number[] = [];
    for (let i = 0; i < BENCH_ROOMS; i += 1)
      apiRooms.push(await createRoom(`压测室${i + 1}`, { capacity: 1000, slotMinutes: 15, openingHours: allDay }));
    for (let i = 0; i < BENCH_ROOMS; i += 1)
      pgbenchRooms.push(await createRoom(`压测室P${i + 1}`, { capacity: 1000, slotMinutes: 15, openingHours: allDay }));
    const random = (n: number) => Math.floor(Math.random() * n);
    const slotStart = (s: number) => atLocal(tomorrow, s * 15).toISOString();
    const bookingRequests = (): Request[] =>
      Array.from({ length: REQUESTS_PER_PHASE }, () => ({
        method: 'POST',
        path: '/api/booking/bookings',
        token: tokens[random(tokens.length)]!,
        body: { roomId: apiRooms[random(BENCH_ROOMS)], startsAt: slotStart(random(SLOTS_PER_DAY)) },
      }));
    const readRequests = (): Request[] =>
      Array.from({ length: REQUESTS_PER_PHASE }, () => ({
        method: 'GET',
        path: `/api/booking/rooms/${apiRooms[random(BENCH_ROOMS)]}/availability?date=${tomorrow}`,
        token: tokens[random(tokens.length)]!,
      }));
    // The same SQL through pgbench: the booking transaction and the availability reads.
    const now = `'${new Date().toISOString()}'`;
    const week = weekOf(tomorrow);
    const today = localDate(new Date());
    // pgbench sends its variables as untyped parameters, as node-postgres does; instants are epoch seconds.
    const start = 'to_timestamp(:ts)';
    const facts = pgbenchSql(BOOKING_SQL.roomAndFacts, {
      1: ':room',
      2: String(union!.unionId),
      3: ':m',
      4: start,
      5: `'${tomorrow}'`,
      6: `'${week.start}'`,
      7: `'${week.end}'`,
      8: now,
      9: `'${week.start < today ? week.start : today}'`,
    }).replace(/;$/, '');
    const message = notificationWrites(
      {},
      { memberId: 0, kind: 'booking', title: '' },
      { from: 14, onlyIf: 'booking' },
    );
    // Every request first finds who is asking: the same lookup, for one member's session.
    const whoIsAsking = pgbenchSql(CALLER_SQL, { 1: `'${hashToken(tokens[0]!)}'` });
    const bookingScript = [
      `\\set room :room0 + random(0, ${BENCH_ROOMS - 1})`,
      `\\set m random(:m0, :m1)`,
      `\\set s random(0, ${SLOTS_PER_DAY - 1})`,
      '\\set ts :t0 + :s * 900',
      '\\set te :ts + 900',
      whoIsAsking,
      'BEGIN;',
      `${BOOKING_SQL.lock(':room', ':m')};`,
      `SELECT "alreadyBooked"::int AS already FROM (${facts}) f \\gset`,
      '\\if :already = 0',
      // The booking and, in the same statement, the member's message, as placeBooking writes them.
      pgbenchSql(BOOKING_SQL.place(message.ctes), {
        1: ':room',
        2: ':m',
        3: start,
        4: 'to_timestamp(:te)',
        5: `'${tomorrow}'`,
        6: '1',
        7: "'confirmed'",
        8: "'member'",
        9: 'NULL',
        10: "''",
        11: 'NULL',
        12: now,
        13: '1000',
        14: ':m',
        15: "'booking'",
        16: "'预约成功：压测室'",
        17: "'明天 08:00–08:15'",
        18: `'${MY_BOOKINGS_LINK}'`,
        19: 'NULL',
        20: 'NULL',
        21: 'NULL',
      }),
      '\\endif',
      'COMMIT;',
    ].join('\n');
    const readScript = [
      `\\set room :room0 + random(0, ${BENCH_ROOMS - 1})`,
      `\\set m random(:m0, :m1)`,
      whoIsAsking,
      pgbenchSql(ROOM_GRID_SQL, { 1: ':room', 2: String(union!.unionId), 3: `'${today}'`, 4: ':m' }),
    ].join('\n');
    const defines = {
      room0: pgbenchRooms[0]!,
      m0: memberIds[0]!.id,
      m1: memberIds.at(-1)!.id,
      t0: atLocal(tomorrow, 0).getTime() / 1000,
    };
    if (pgbenchRooms.at(-1)! - pgbenchRooms[0]! !== BENCH_ROOMS - 1)
      throw new Error('pgbench rooms are not consecutive');

    // Each round starts from the same footing: the requests of the one before have been answered, and
    // the tables are vacuumed and analysed (else autovacuum, woken by the rows just written, runs in
    // the middle of whichever round comes next).
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await db.query('VACUUM ANALYZE');
    };
    const phase = async (requests: () => Request[], ok: number, script: string, pgbenchDefines: typeof defines) => {
      const tally = { ok: 0, clientErrors: 0, failed: 0 };
      await settle();
      await wrk(port, requests(), WARM_UP_SECONDS);
      const rounds = await inRounds(
        ROUNDS,
        settle,
        async () => {
          const run = await wrk(port, requests(), SECONDS);
          tally.ok += run.count(ok, ok + 1);
          tally.clientErrors += run.count(400, 500);
          tally.failed += run.count(500, 600) + run.socketErrors;
          return { perSecond: run.count(ok, ok + 1) / run.seconds, p50: run.p50, p99: run.p99 };
        },
        () => pgbench(pg.port, script, pgbenchDefines, SECONDS),
      );
      return { ...compare(rounds), tally };
    };
    const bookings = await phase(bookingRequests, 201, bookingScript, defines);
    const reads = await phase(readRequests, 200, readScript, { ...defines, room0: apiRooms[0]! });

    const errors = ({ tally }: typeof bookings) => `${fmt(tally.clientErrors)} 4xx, ${fmt(tally.failed)} 5xx/failed`;
    const latency = (rate: Rate) => `p50 ${fmt(rate.p50, 1)} ms  p99 ${fmt(rate.p99, 1)} ms`;
    const percent = (ratio: number) => `${fmt(ratio * 100)}%`;
    const row = (label: string, c: typeof bookings, note: string) => [
      `  ${label.padEnd(13)} API ${fmt(c.api.perSecond)}/s  ${latency(c.api)}  (${note})`,
      `                raw PostgreSQL (pgbench, same SQL) ${fmt(c.raw.perSecond)}/s  ${latency(c.raw)}`,
      c.steady
        ? `                → API at ${percent(c.median)} of raw PostgreSQL (the median of ${ROUNDS} rounds; pgbench moved ${percent(c.rawSpread)} across them)`
        : `                → NO RATIO: pgbench's own rate moved ${percent(c.rawSpread)} between rounds (over ${percent(MAX_RAW_SPREAD)}); the machine was not steady enough to compare`,
      `                rounds (API/pgbench per second, API p99): ${c.rounds.map((r, i) => `${fmt(r.api.perSecond)}/${fmt(r.raw.perSecond)} = ${percent(c.ratios[i]!)} ${fmt(r.api.p99)} ms`).join(', ')}`,
    ];
    console.log(
      `\nThroughput: ${ROUNDS} rounds of ${SECONDS} s of the API (wrk, ${CLIENTS} connections, after ${WARM_UP_SECONDS} s uncounted) then ${SECONDS} s of pgbench (${CLIENTS} clients);` +
        ` slots spread over ${BENCH_ROOMS} rooms × ${SLOTS_PER_DAY} slots; p50 and p99 are the median of the rounds'`,
    );
    const lines = [
      ...row('bookings:', bookings, `${fmt(bookings.tally.ok)} booked; ${errors(bookings)}`),
      ...row('availability:', reads, errors(reads)),
    ];
    for (const line of lines) console.log(line);
    console.log(
      `\nTotal ${fmt((Date.now() - started) / 1000, 1)} s; load average ${load()} after the run (other work on the machine lowers every figure)`,
    );
  } finally {
    await stopServer?.();
    pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
