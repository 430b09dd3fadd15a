/**
 * npm run bench:booking [-- --pglite] — the booking API on a real PostgreSQL 15 server that this
 * script starts, with DEMO_MEMBERS demo members (default 600):
 *   1. rush: 500 members race for 20 slots of 4 seats → exactly 80 confirmed, the rest 4xx, no 5xx
 *      (after an uncounted rush that warms the new API process up);
 *   2. throughput: wrk's 32 connections booking spread-out slots, then reading the slot grid, in
 * rounds that take turns with pgbench running the same SQL (every statement of the request, the
 * session lookup included, prepared once per connection as the API does) against the same server for as long.
 * With --pglite, then the same rush and the same API rounds on the embedded database (a new folder),
 * printed beside PostgreSQL's. Needs wrk (apt-get install -y wrk). Loopback only, bounded in requests
 * and time; it prints figures and asserts nothing about timing.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../server/src/db/migrate';
import { openPostgres } from '../../server/src/db/postgres';
import { markAsDemo, seedDemo } from '../../server/src/seed/demo';
import { startPostgres } from '../support/postgres-server';
import {
  type BenchApi,
  benchRooms,
  bookingRequests,
  readRequests,
  RUSH_MEMBERS,
  type RushResult,
  startBenchApi,
  warmRush,
} from './booking-api';
import { pgbenchScripts } from './booking-pgbench';
import { assertLoadToolsPresent, CLIENTS, pgbench, type Rate, type Request, wrk } from './load';
import { compare, type Comparison, inRounds, MAX_RAW_SPREAD, median } from './rounds';
import { fmt, loadAverage, percent } from './print';

const MEMBERS = Number(process.env.DEMO_MEMBERS || 600);
const WITH_PGLITE = process.argv.includes('--pglite');
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

const latency = (rate: Rate) => `p50 ${fmt(rate.p50, 1)} ms  p99 ${fmt(rate.p99, 1)} ms`;

function printRush(engine: string, { cold, warm: r }: { cold: RushResult; warm: RushResult }) {
  console.log(
    `\n(Uncounted first rush on a fresh API process: ${fmt(cold.seconds, 2)} s, ${cold.ok ? 'OK' : 'MISMATCH'})`,
  );
  console.log(`\nRush on ${engine}: ${RUSH_MEMBERS} members, 20 slots × 4 seats, all at once (${fmt(r.seconds, 2)} s)`);
  console.log(
    `  confirmed (201): ${r.created}   4xx: ${r.clientErrors}   5xx: ${r.serverErrors}   failed: ${r.failed}`,
  );
  for (const [message, n] of r.messages) console.log(`  ${message} × ${n}`);
  console.log(
    `  database: ${r.database.bookings} confirmed bookings, ${r.database.seats} seats counted, ${r.database.fullSlots}/20 slots full`,
  );
  console.log(`  ${r.ok ? 'OK' : 'MISMATCH'}: exactly 80 confirmed, no 5xx, the database agrees`);
}

interface Tally {
  ok: number;
  clientErrors: number;
  failed: number;
  /** Answers of every status, and the API process's CPU time over the rounds that sent them. */
  answered: number;
  cpuMicros: number;
}

const newTally = (): Tally => ({ ok: 0, clientErrors: 0, failed: 0, answered: 0, cpuMicros: 0 });

/**
 * One counted wrk round of the API: its rate of `ok` answers and latencies, added to `tally` with the
 * CPU time this process (the API; wrk and pgbench are programs of their own) spent on the round's
 * answers. CPU per answer moves far less with other work on the machine than answers per second do.
 * With BENCH_PROFILE=<dir>, the round is also profiled into <dir>/<label>.cpuprofile (the last round wins).
 */
async function apiRound(api: BenchApi, requests: Request[], ok: number, tally: Tally, label: string): Promise<Rate> {
  const stopProfile = process.env.BENCH_PROFILE ? await startProfile() : undefined;
  const cpu = process.cpuUsage();
  const run = await wrk(api.port, requests, SECONDS);
  const used = process.cpuUsage(cpu);
  await stopProfile?.(path.join(process.env.BENCH_PROFILE!, `${label}.cpuprofile`));
  const answered = run.count(100, 600);
  tally.ok += run.count(ok, ok + 1);
  tally.clientErrors += run.count(400, 500);
  tally.failed += run.count(500, 600) + run.socketErrors;
  tally.cpuMicros += used.user + used.system;
  tally.answered += answered;
  return { perSecond: run.count(ok, ok + 1) / run.seconds, p50: run.p50, p99: run.p99 };
}

async function startProfile() {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.start');
  return async (file: string) => {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

const errors = (tally: Tally) =>
  `${fmt(tally.clientErrors)} 4xx, ${fmt(tally.failed)} 5xx/failed; API CPU ${fmt(tally.cpuMicros / 1000 / Math.max(1, tally.answered), 2)} ms an answer`;

async function main() {
  const started = Date.now();
  assertLoadToolsPresent();
  // A server on a DATABASE_URL must have a counselling notes key; this database lives for one run.
  process.env.COUNSELLING_NOTES_KEY ??= randomBytes(32).toString('base64');
  const pg = await startPostgres();
  console.log(
    `PostgreSQL 15 on 127.0.0.1:${pg.port}; ${MEMBERS} demo members; ${os.cpus().length} CPU cores; API pool of ${POOL_SIZE} connections; load average ${loadAverage()} (1, 5, 15 min) before the run`,
  );
  let api: BenchApi | undefined;
  try {
    const setup = openPostgres(pg.url, 4);
    await migrate(setup);
    await markAsDemo(setup);
    await seedDemo(setup, { extraMembers: MEMBERS });
    await setup.close();
    api = await startBenchApi({ members: MEMBERS, databaseUrl: pg.url, poolSize: POOL_SIZE });
    const pgApi = api;
    const pgRush = await warmRush(pgApi);
    printRush('PostgreSQL', pgRush);

    // Throughput: random (room, slot, member) over the bench rooms × 96 quarter-hour slots tomorrow.
    const apiRooms = await benchRooms(pgApi, '压测室');
    const pgbenchRooms = await benchRooms(pgApi, '压测室P');
    const scripts = await pgbenchScripts(pgApi.db, {
      tomorrow: pgApi.tomorrow,
      bookingRooms: pgbenchRooms,
      readRooms: apiRooms,
    });
    // Each round starts from the same footing: the requests of the one before have been answered, and
    // the tables are vacuumed and analysed (else autovacuum, woken by the rows just written, runs in
    // the middle of whichever round comes next).
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await pgApi.db.query('VACUUM ANALYZE');
    };
    const phase = async (
      requests: () => Request[],
      ok: number,
      raw: { script: string; defines: Record<string, number> },
    ) => {
      const tally = newTally();
      await settle();
      await wrk(pgApi.port, requests(), WARM_UP_SECONDS);
      const rounds = await inRounds(
        ROUNDS,
        settle,
        () => apiRound(pgApi, requests(), ok, tally, `postgres-${ok === 201 ? 'bookings' : 'availability'}`),
        () => pgbench(pg.port, raw.script, raw.defines, SECONDS),
      );
      return { ...compare(rounds), tally };
    };
    const bookings = await phase(() => bookingRequests(pgApi, apiRooms, REQUESTS_PER_PHASE), 201, scripts.booking);
    const reads = await phase(() => readRequests(pgApi, apiRooms, REQUESTS_PER_PHASE), 200, scripts.read);
    await pgApi.close();
    api = undefined;

    const row = (label: string, c: Comparison & { tally: Tally }, note: string) => [
      `  ${label.padEnd(13)} API ${fmt(c.api.perSecond)}/s  ${latency(c.api)}  (${note})`,
      `                raw PostgreSQL (pgbench, same SQL) ${fmt(c.raw.perSecond)}/s  ${latency(c.raw)}`,
      c.steady
        ? `                → API at ${percent(c.median)} of raw PostgreSQL (the median of ${ROUNDS} rounds; pgbench moved ${percent(c.rawSpread)} across them)`
        : `                → NO RATIO: pgbench's own rate moved ${percent(c.rawSpread)} between rounds (over ${percent(MAX_RAW_SPREAD)}); the machine was not steady enough to compare`,
      `                rounds (API/pgbench per second, API p99): ${c.rounds.map((r, i) => `${fmt(r.api.perSecond)}/${fmt(r.raw.perSecond)} = ${percent(c.ratios[i]!)} ${fmt(r.api.p99)} ms`).join(', ')}`,
    ];
    console.log(
      `\nThroughput on PostgreSQL: ${ROUNDS} rounds of ${SECONDS} s of the API (wrk, ${CLIENTS} connections, after ${WARM_UP_SECONDS} s uncounted) then ${SECONDS} s of pgbench (${CLIENTS} clients);` +
        ` slots spread over ${apiRooms.length} rooms × 96 slots; p50 and p99 are the median of the rounds'`,
    );
    for (const line of [
      ...row('bookings:', bookings, `${fmt(bookings.tally.ok)} booked; ${errors(bookings.tally)}`),
      ...row('availability:', reads, errors(reads.tally)),
    ])
      console.log(line);

    if (WITH_PGLITE) await pglitePhase({ rush: pgRush.warm, bookings: bookings.api, reads: reads.api });
    console.log(
      `\nTotal ${fmt((Date.now() - started) / 1000, 1)} s; load average ${loadAverage()} after the run (other work on the machine lowers every figure)`,
    );
  } finally {
    await api?.close();
    pg.stop();
  }
}

/**
 * The same rush and the same API rounds on PGlite (a new folder, seeded by the server as on first
 * start), with no pgbench to compare with: its rates are put beside the PostgreSQL API's of this run.
 */
async function pglitePhase(onPostgres: { rush: RushResult; bookings: Rate; reads: Rate }) {
  const api = await startBenchApi({ members: MEMBERS, poolSize: POOL_SIZE });
  try {
    const pgliteRush = await warmRush(api);
    printRush('PGlite', pgliteRush);
    const rooms = await benchRooms(api, '压测室');
    const phase = async (requests: () => Request[], ok: number) => {
      const tally = newTally();
      await wrk(api.port, requests(), WARM_UP_SECONDS);
      const rates: Rate[] = [];
      for (let i = 0; i < ROUNDS; i += 1)
        rates.push(await apiRound(api, requests(), ok, tally, `pglite-${ok === 201 ? 'bookings' : 'availability'}`));
      const rate = {
        perSecond: rates.reduce((sum, r) => sum + r.perSecond, 0) / rates.length,
        p50: median(rates.map((r) => r.p50)),
        p99: median(rates.map((r) => r.p99)),
      };
      return { rate, tally, rounds: rates };
    };
    const bookings = await phase(() => bookingRequests(api, rooms, REQUESTS_PER_PHASE), 201);
    const reads = await phase(() => readRequests(api, rooms, REQUESTS_PER_PHASE), 200);
    console.log(
      `\nPGlite beside PostgreSQL (the same API, wrk ${CLIENTS} connections, ${ROUNDS} rounds of ${SECONDS} s; PGlite's rounds ran after PostgreSQL's)`,
    );
    const line = (label: string, r: typeof bookings, pg: Rate) =>
      `  ${label.padEnd(13)} PGlite ${fmt(r.rate.perSecond)}/s  ${latency(r.rate)}  (${errors(r.tally)})  ` +
      `PostgreSQL ${fmt(pg.perSecond)}/s  ${latency(pg)}  → PGlite at ${percent(r.rate.perSecond / pg.perSecond)}` +
      `\n                rounds: ${r.rounds.map((x) => `${fmt(x.perSecond)}/s ${fmt(x.p99)} ms`).join(', ')}`;
    console.log(
      `  rush:         PGlite ${fmt(pgliteRush.warm.seconds, 2)} s   PostgreSQL ${fmt(onPostgres.rush.seconds, 2)} s`,
    );
    console.log(line('bookings:', bookings, onPostgres.bookings));
    console.log(line('availability:', reads, onPostgres.reads));
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
