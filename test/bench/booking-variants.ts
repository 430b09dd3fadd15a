/**
 * npm run bench:booking:variants — what the API's own settings cost on the booking path, A/B in one
 * run: the same API built several times over one PostgreSQL (its database pool 4, 8, 16, 32; Fastify's
 * two request log lines against our one; no request log at all), each on its own port, measured in
 * interleaved rounds (every variant once a round, in turn), so that all of them see the same minutes
 * of a shared machine. The log goes to /dev/null at the production level (info) as it would to a
 * file. Per variant: answers per second, p50/p99 and the API's CPU time an answer (the median of the
 * rounds), and its rate ÷ the baseline's in the same round (the median of those ratios); first the
 * 500-for-80 rush on each variant, its seconds likewise.
 * Needs wrk; prints figures and asserts nothing about timing.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pino from 'pino';
import { buildApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import { migrate } from '../../server/src/db/migrate';
import { openPostgres } from '../../server/src/db/postgres';
import { markAsDemo, seedDemo } from '../../server/src/seed/demo';
import { createLoggingWechatClient } from '../../server/src/services/wechat';
import { addDays, atLocal, localDate } from '../../server/src/time/beijing';
import { freePort, startPostgres } from '../support/postgres-server';
import { bookingRequests, readRequests } from './booking-api';
import { assertLoadToolsPresent, burst, CLIENTS, type Request, wrk } from './load';
import { median } from './rounds';
import { fmt, loadAverage } from './print';

const MEMBERS = Number(process.env.DEMO_MEMBERS || 600);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SECONDS = Number(process.env.BENCH_SECONDS || 3);
const REQUESTS = 4000 * SECONDS;

interface Variant {
  label: string;
  pool: number;
  logLevel: 'info' | 'warn';
  frameworkRequestLog?: boolean;
}
// The first is the baseline: the defaults as shipped (pool of twice the cores, one line a request).
const VARIANTS: Variant[] = [
  { label: `pool ${2 * os.cpus().length}, one log line (as shipped)`, pool: 2 * os.cpus().length, logLevel: 'info' },
  ...[4, 8, 16, 32]
    .filter((n) => n !== 2 * os.cpus().length)
    .map((pool): Variant => ({ label: `pool ${pool}`, pool, logLevel: 'info' })),
  {
    label: "Fastify's two log lines",
    pool: 2 * os.cpus().length,
    logLevel: 'info',
    frameworkRequestLog: true,
  },
  { label: 'no request log (warn)', pool: 2 * os.cpus().length, logLevel: 'warn' },
];

async function startVariant(url: string, v: Variant) {
  const db = openPostgres(url, v.pool);
  const app = await buildApp({
    db,
    config: { ...testConfig({ logLevel: v.logLevel }), databaseUrl: url, databasePoolSize: v.pool },
    wechat: createLoggingWechatClient(() => undefined),
    // pino's own synchronous file writer, as for a log on stdout or in a file.
    logStream: pino.destination({ dest: '/dev/null', sync: true }) as unknown as NodeJS.WritableStream,
    frameworkRequestLog: v.frameworkRequestLog ?? false,
  });
  const port = await freePort();
  await app.listen({ port, host: '127.0.0.1' });
  return { port, close: () => app.close().then(() => db.close()) };
}

async function main() {
  const started = Date.now();
  assertLoadToolsPresent();
  process.env.COUNSELLING_NOTES_KEY ??= randomBytes(32).toString('base64');
  console.log(
    `bench:booking:variants — ${VARIANTS.length} variants × ${ROUNDS} rounds × ${SECONDS} s, wrk ${CLIENTS} connections; ${os.cpus().length} CPU cores; load average ${loadAverage()} before the run`,
  );
  const pg = await startPostgres();
  const servers: { close: () => Promise<unknown> }[] = [];
  try {
    const setup = openPostgres(pg.url, 2);
    await migrate(setup);
    await markAsDemo(setup);
    await seedDemo(setup, { extraMembers: MEMBERS });
    const apis: Awaited<ReturnType<typeof startVariant>>[] = [];
    for (const v of VARIANTS) {
      const api = await startVariant(pg.url, v);
      servers.push(api);
      apis.push(api);
    }
    const base = `http://127.0.0.1:${apis[0]!.port}`;
    const post = async (path: string, body: object, token?: string) => {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<{ token: string; id: number }>;
    };
    const staff = (await post('/api/auth/dev-login', { staffNo: 'S1002' })).token;
    const tokens: string[] = [];
    for (let i = 1; i <= MEMBERS; i += 50)
      tokens.push(
        ...(await Promise.all(
          Array.from(
            { length: Math.min(50, MEMBERS - i + 1) },
            async (_, k) =>
              (await post('/api/auth/dev-login', { staffNo: `T${String(i + k).padStart(4, '0')}` })).token,
          ),
        )),
      );
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
    const rooms: number[] = [];
    for (let i = 0; i < 10; i += 1)
      rooms.push(
        (
          await post(
            '/api/booking/manage/rooms',
            { name: `变体压测室${i + 1}`, mode: 'seats', openingHours: allDay, capacity: 1000, slotMinutes: 15 },
            staff,
          )
        ).id,
      );
    const members = { tokens, tomorrow: addDays(localDate(new Date()), 1) };

    const phase = async (label: string, requests: () => Request[], ok: number) => {
      const rounds = VARIANTS.map(() => [] as { perSecond: number; p50: number; p99: number; cpuMs: number }[]);
      // Warm every variant: its pool connects and prepares, V8 compiles the path.
      for (const api of apis) await wrk(api.port, requests(), 1);
      for (let r = 0; r < ROUNDS; r += 1) {
        for (const [i, api] of apis.entries()) {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await setup.query('VACUUM ANALYZE bookings, booking_slots, notifications');
          const cpu = process.cpuUsage();
          const run = await wrk(api.port, requests(), SECONDS);
          const used = process.cpuUsage(cpu);
          const answered = Math.max(1, run.count(100, 600));
          rounds[i]!.push({
            perSecond: run.count(ok, ok + 1) / run.seconds,
            p50: run.p50,
            p99: run.p99,
            cpuMs: (used.user + used.system) / 1000 / answered,
          });
        }
      }
      console.log(`\n${label}: the median of ${ROUNDS} rounds; ratio = rate ÷ the first variant's in the same round`);
      for (const [i, v] of VARIANTS.entries()) {
        const mine = rounds[i]!;
        const ratio = median(mine.map((x, r) => x.perSecond / rounds[0]![r]!.perSecond));
        console.log(
          `  ${v.label.padEnd(34)} ${fmt(median(mine.map((x) => x.perSecond))).padStart(6)}/s  p50 ${fmt(median(mine.map((x) => x.p50)), 1).padStart(6)} ms  p99 ${fmt(median(mine.map((x) => x.p99)), 1).padStart(6)} ms  ` +
            `CPU ${fmt(median(mine.map((x) => x.cpuMs)), 2)} ms an answer  ratio ${fmt(ratio, 2)} (rounds ${mine.map((x) => fmt(x.perSecond)).join(', ')})`,
        );
      }
    };
    // The 500-for-80 rush on each variant in turn: a new room of 20 slots × 4 seats each time.
    const rushes = VARIANTS.map(() => [] as number[]);
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const [i, api] of apis.entries()) {
        const room = (
          await post(
            '/api/booking/manage/rooms',
            { name: `变体抢约${r}-${i}`, mode: 'seats', openingHours: allDay, capacity: 4, slotMinutes: 30 },
            staff,
          )
        ).id;
        const slots = Array.from({ length: 20 }, (_, k) => atLocal(members.tomorrow, 8 * 60 + k * 30));
        const { results, seconds } = await burst(
          api.port,
          tokens.slice(0, 500).map((token, k) => ({
            method: 'POST',
            path: '/api/booking/bookings',
            token,
            body: { roomId: room, startsAt: slots[k % 20] },
          })),
        );
        const created = results.filter((x) => x.status === 201).length;
        const failed = results.filter((x) => x.status >= 500 || x.status === 0).length;
        if (created !== 80 || failed)
          throw new Error(`rush on ${VARIANTS[i]!.label}: ${created} confirmed, ${failed} failed`);
        rushes[i]!.push(seconds);
      }
    }
    console.log(
      `\nRush, 500 members for 20 slots × 4 seats (80 confirmed, no 5xx, every time): seconds, the median of ${ROUNDS} rounds`,
    );
    for (const [i, v] of VARIANTS.entries())
      console.log(
        `  ${v.label.padEnd(34)} ${fmt(median(rushes[i]!), 2)} s  ratio ${fmt(median(rushes[i]!.map((x, r) => x / rushes[0]![r]!)), 2)} (rounds ${rushes[i]!.map((x) => fmt(x, 2)).join(', ')})`,
      );
    await phase('Bookings (POST /api/booking/bookings)', () => bookingRequests(members, rooms, REQUESTS), 201);
    await phase('Availability (GET the slot grid of tomorrow)', () => readRequests(members, rooms, REQUESTS), 200);
    await setup.close();
    console.log(`\nTotal ${fmt((Date.now() - started) / 1000)} s; load average ${loadAverage()} after the run`);
  } finally {
    for (const s of servers) await s.close().catch(() => undefined);
    pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
