/**
 * npm run bench:scale [-- --scale 0.1] — the busiest reads on the demo union and then, in the same run
 * against the same server, on a city's data (test/bench/city-data.ts): p50/p99 and rate at 32
 * connections (wrk), each read's time alone, the ratio city ÷ demo, and the database's size. Each read
 * is measured in BENCH_ROUNDS rounds (default 3, demo then city each round; scale-rounds.ts): the
 * median and the range are printed, and no ratio where the demo's own p99 moved too much between
 * rounds. BENCH_READS=<regex> measures only the reads whose name matches (the build still runs).
 * Goal: no read's p99 above 1.5× its demo p99; roll-ups and the annual workbook under 1 s at the city.
 * BENCH_KEEP=1 builds both databases, prints their addresses and keeps them until interrupted (no
 * measuring): for EXPLAIN ANALYZE on the city. Needs wrk; prints figures and asserts nothing about timing.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { testConfig } from '../../server/src/config';
import type { Db } from '../../server/src/db';
import { migrate } from '../../server/src/db/migrate';
import { openPostgres } from '../../server/src/db/postgres';
import { addDays, localDate } from '../../server/src/time/beijing';
import { markAsDemo, seedDemo } from '../../server/src/seed/demo';
import { startServer } from '../../server/src/server';
import { freePort, startPostgres } from '../support/postgres-server';
import { fillBookingPages, fillDemoPages } from './demo-pages';
import { buildCity } from './city-data';
import { assertLoadToolsPresent, CLIENTS } from './load';
import { HOT_READS, type Subjects } from './hot-reads';
import { median } from './rounds';
import { MAX_P99_SPREAD, measureRead, middle, range, ROLL_UP_SECONDS, ROUNDS, SECONDS } from './scale-rounds';
import { fmt, loadAverage } from './print';

const flag = process.argv.indexOf('--scale');
const SCALE = Number(flag > 0 ? process.argv[flag + 1] : (process.env.BENCH_SCALE ?? 1));
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE || 2 * os.cpus().length);
const DEMO_MEMBERS = 200;

async function databaseBytes(db: Db) {
  const [row] = await db.query<{ n: number }>(`SELECT pg_database_size(current_database())::bigint AS n`);
  return row!.n;
}

async function main() {
  if (!(SCALE > 0 && SCALE <= 2)) throw new Error('--scale 须在 0 与 2 之间，例如 --scale 0.1');
  assertLoadToolsPresent();
  process.env.COUNSELLING_NOTES_KEY ??= randomBytes(32).toString('base64');
  const started = Date.now();
  console.log(
    `bench:scale at scale ${SCALE}; ${os.cpus().length} CPU cores; load average ${loadAverage()} (1, 5, 15 min) before the run`,
  );
  const pg = await startPostgres();
  const servers: (() => Promise<void>)[] = [];
  try {
    // The demo in database `postgres`; a copy of it, `city`, then gets the city too. One API server on
    // each, measured in turns read by read, so that both figures of a read come from the same minute.
    const demoDb = openPostgres(pg.url, 1);
    await migrate(demoDb);
    await markAsDemo(demoDb);
    await seedDemo(demoDb, { extraMembers: DEMO_MEMBERS });
    await fillDemoPages(demoDb);
    // Sessions for the demo's people, as the city's: the bearer token `city-<member id>`.
    await demoDb.query(`INSERT INTO sessions (token_hash, member_id, expires_at)
      SELECT encode(sha256(convert_to('city-' || id, 'UTF8')), 'hex'), id, now() + interval '30 days' FROM members`);
    const [demo] = await demoDb.query<Subjects>(`
      SELECT (SELECT id FROM members WHERE staff_no = 'S1001') AS "chairId", (SELECT id FROM members WHERE staff_no = 'S1002') AS "staffId",
             (SELECT id FROM members WHERE staff_no = 'Q0001') AS "supervisorId",
             (SELECT array_agg(id ORDER BY id) FROM members WHERE staff_no LIKE 'T%') AS "memberIds",
             (SELECT min(r.id) FROM rooms r JOIN members m ON m.union_id = r.union_id AND m.staff_no = 'S1001') AS "roomId",
             (SELECT max(h.id) FROM help_requests h JOIN members m ON m.union_id = h.union_id AND m.staff_no = 'S1001') AS "caseId",
             (SELECT max(v.id) FROM surveys v JOIN members m ON m.union_id = v.union_id AND m.staff_no = 'S1001') AS "surveyId",
             (SELECT max(id) FROM assessment_rounds) AS "roundId",
             '张' AS search`);
    await fillBookingPages(demoDb, demo!);
    await demoDb.query('VACUUM ANALYZE');
    const demoBytes = await databaseBytes(demoDb);
    const demoCounts = `${await count(demoDb, 'members')} members, ${await count(demoDb, 'bookings')} bookings`;
    await demoDb.close();

    const admin = openPostgres(pg.url, 1);
    await admin.exec('CREATE DATABASE city TEMPLATE postgres');
    await admin.close();
    const cityUrl = pg.url.replace(/\/postgres$/, '/city');
    const cityDb = openPostgres(cityUrl, 1);
    console.log(`\nBuilding the city (scale ${SCALE}) beside the demo union; load average ${loadAverage()}`);
    const buildStarted = Date.now();
    const city = await buildCity(cityDb, SCALE, (line) => console.log(line));
    const buildSeconds = (Date.now() - buildStarted) / 1000;
    const cityBytes = await databaseBytes(cityDb);
    console.log(
      `  built in ${fmt(buildSeconds, 0)} s: ${Object.entries(city.counts)
        .map(([t, n]) => `${t} ${fmt(n)}`)
        .join(', ')}`,
    );
    const [members] = await cityDb.query<{ ids: number[] }>(
      `SELECT array_agg(id ORDER BY id) AS ids FROM (SELECT id FROM members WHERE union_id = $1 ORDER BY id OFFSET 5 LIMIT 200) m`,
      [city.school.id],
    );
    await fillBookingPages(cityDb, { roomId: city.school.roomId, memberIds: members!.ids });
    await cityDb.query('ANALYZE bookings, booking_slots');
    await cityDb.close();
    const citySubjects: Subjects = {
      chairId: city.school.chairId,
      staffId: city.school.staffId,
      supervisorId: city.supervisorId,
      roundId: city.roundId,
      memberIds: members!.ids,
      roomId: city.school.roomId,
      caseId: city.school.caseId,
      surveyId: city.school.surveyId,
      search: '会员12',
    };

    if (process.env.BENCH_KEEP) {
      // For reading plans on the city (EXPLAIN ANALYZE): keep both databases until interrupted.
      console.log(`\nBENCH_KEEP: demo ${pg.url}, city ${cityUrl}; subjects ${JSON.stringify(citySubjects)}`);
      console.log(`demo subjects ${JSON.stringify(demo)}; Ctrl-C (SIGINT) stops the server`);
      // A signal listener alone does not keep Node running: without the timer the process would end
      // here and leave PostgreSQL running with no one to stop it.
      const alive = setInterval(() => undefined, 60_000);
      await new Promise((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
      clearInterval(alive);
      return;
    }
    const start = async (databaseUrl: string) => {
      const port = await freePort();
      const server = await startServer({
        ...testConfig({ logLevel: 'warn' }),
        databaseUrl,
        databasePoolSize: POOL_SIZE,
        port,
        host: '127.0.0.1',
      });
      servers.push(server.close);
      return port;
    };
    const demoPort = await start(pg.url);
    const cityPort = await start(cityUrl);
    const tomorrow = addDays(localDate(new Date()), 1);

    const only = process.env.BENCH_READS ? new RegExp(process.env.BENCH_READS) : null;
    const reads = HOT_READS.filter((read) => !only || only.test(read.name));
    console.log(
      `\nDemo union (${demoCounts}) and the city, in turns: ${ROUNDS} rounds a read, each the demo then the city, ${SECONDS} s each (roll-ups ${ROLL_UP_SECONDS} s) at ${CLIENTS} connections; load average ${loadAverage()}`,
    );
    console.log(
      'Figures are the median of the rounds; "alone" is one request at a time. A ratio whose demo p99 moved more than ' +
        `${fmt(MAX_P99_SPREAD * 100)}% between rounds is not given: the machine moved, not the data.`,
    );
    console.log(
      `\n${'read'.padEnd(26)} ${'demo p50/p99 ms'.padStart(16)} ${'demo/s'.padStart(7)}   ${'city p50/p99 ms'.padStart(16)} ${'city/s'.padStart(7)}  ${'alone ms (range)'.padStart(18)}  p99 city÷demo (rounds)`,
    );
    let over = 0;
    let unsteady = 0;
    for (const read of reads) {
      const m = await measureRead(
        read,
        { port: demoPort, subjects: demo! },
        { port: cityPort, subjects: citySubjects },
        tomorrow,
      );
      const d = middle(m.demo);
      const c = middle(m.city);
      const ratio = median(m.ratios);
      // A roll-up that no connection saw answered within its seconds has no p99 to compare.
      const unanswered = [...m.demo, ...m.city].some((f) => f.perSecond === 0);
      const verdict = unanswered
        ? 'NO ANSWER within a run under load'
        : read.rollUp
          ? c.alone < 1000
            ? 'roll-up alone < 1 s'
            : 'ROLL-UP ≥ 1 s'
          : !m.steady
            ? `NO RATIO: demo p99 moved ${fmt(m.demoSpread * 100)}%`
            : ratio <= 1.5
              ? ''
              : 'OVER 1.5×';
      if (unanswered || verdict.startsWith('OVER') || verdict.startsWith('ROLL')) over += 1;
      if (verdict.startsWith('NO RATIO')) unsteady += 1;
      const bad = d.bad + c.bad ? `  (${d.bad + c.bad} not 200)` : '';
      const wide = [...read.name].filter((ch) => ch.charCodeAt(0) > 255).length;
      const alone = `${fmt(c.alone, 0)} (${range(m.city.map((f) => f.alone))})`;
      const ratios = unanswered ? '—' : `${fmt(ratio, 2)}× (${range(m.ratios, 1)})`;
      console.log(
        `${read.name.padEnd(26 - wide)} ${`${fmt(d.p50, 1)}/${fmt(d.p99, 1)}`.padStart(16)} ${fmt(d.perSecond).padStart(7)}   ` +
          `${`${fmt(c.p50, 1)}/${fmt(c.p99, 1)}`.padStart(16)} ${fmt(c.perSecond).padStart(7)}  ${alone.padStart(18)}  ${ratios} ${verdict}${bad}`,
      );
    }
    const perMemberYear = (cityBytes - demoBytes) / city.counts.members! / 2;
    console.log(
      `\nDatabase: demo ${fmt(demoBytes / 2 ** 20)} MB, with the city ${fmt(cityBytes / 2 ** 20)} MB → about ${fmt(perMemberYear / 1024, 1)} KB per member per year (two years of data, indexes included)`,
    );
    console.log(
      `${over === 0 ? 'Every read within its goal' : `${over} read(s) over their goal`}${unsteady ? `, ${unsteady} without a ratio (machine not steady)` : ''}; total ${fmt((Date.now() - started) / 1000)} s; load average ${loadAverage()} after the run (other work on the machine raises every figure)`,
    );
  } finally {
    for (const close of servers) await close().catch(() => undefined);
    pg.stop();
  }
}

async function count(db: Db, table: string) {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return fmt(row!.n);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
