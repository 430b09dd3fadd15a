/**
 * bench:booking's API under test, on either engine: a server started on PostgreSQL (databaseUrl) or
 * on a fresh PGlite folder, its demo members signed in, rooms made through the API, the 500-for-80
 * rush, and the request lists wrk sends.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testConfig } from '../../server/src/config';
import { addDays, atLocal, localDate } from '../../server/src/time/beijing';
import { startServer } from '../../server/src/server';
import { freePort } from '../support/postgres-server';
import { burst, type Request } from './load';

export const RUSH_MEMBERS = 500;
export const BENCH_ROOMS = 10;
export const SLOTS_PER_DAY = 96;

export type BenchApi = Awaited<ReturnType<typeof startBenchApi>>;

/**
 * Starts the API with `members` demo members (on PostgreSQL at `databaseUrl`, migrated and seeded
 * beforehand; else on a new PGlite folder, which the server migrates and seeds itself) and signs them in.
 */
export async function startBenchApi(p: { members: number; databaseUrl?: string; poolSize: number }) {
  const pgliteDir = p.databaseUrl ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-bench-pglite-'));
  const port = await freePort();
  const server = await startServer({
    ...testConfig({ logLevel: 'warn' }),
    ...(p.databaseUrl ? { databaseUrl: p.databaseUrl, databasePoolSize: p.poolSize } : { pgliteDir: pgliteDir! }),
    port,
    host: '127.0.0.1',
    demoMembers: p.members,
  });
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
  const staffNos = Array.from({ length: p.members }, (_, i) => `T${String(i + 1).padStart(4, '0')}`);
  const tokens: string[] = [];
  for (let i = 0; i < staffNos.length; i += 50)
    tokens.push(...(await Promise.all(staffNos.slice(i, i + 50).map(login))));
  const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  const createRoom = async (name: string, body: object) => {
    const response = await fetch(`${base}/api/booking/manage/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staffToken}` },
      body: JSON.stringify({ name, mode: 'seats', openingHours: allDay, ...body }),
    });
    if (response.status !== 201) throw new Error(`createRoom: ${await response.text()}`);
    return ((await response.json()) as { id: number }).id;
  };
  return {
    port,
    db: server.db,
    tokens,
    createRoom,
    tomorrow: addDays(localDate(new Date()), 1),
    close: async () => {
      await server.close();
      if (pgliteDir) fs.rmSync(pgliteDir, { recursive: true, force: true });
    },
  };
}

export interface RushResult {
  seconds: number;
  created: number;
  clientErrors: number;
  serverErrors: number;
  failed: number;
  messages: Map<string, number>;
  database: { bookings: number; seats: number; fullSlots: number };
  ok: boolean;
}

/** RUSH_MEMBERS members at once for 20 slots of 4 seats of a new room: exactly 80 must get theirs. */
let rushes = 0;

export async function rush(api: BenchApi): Promise<RushResult> {
  rushes += 1;
  const room = await api.createRoom(`抢约测试场${rushes}`, { capacity: 4, slotMinutes: 30 });
  const slots = Array.from({ length: 20 }, (_, i) => atLocal(api.tomorrow, 8 * 60 + i * 30).toISOString());
  const { results, seconds } = await burst(
    api.port,
    api.tokens.slice(0, RUSH_MEMBERS).map((token, i) => ({
      method: 'POST',
      path: '/api/booking/bookings',
      token,
      body: { roomId: room, startsAt: slots[i % 20] },
    })),
  );
  const count = (from: number, to: number) => results.filter((r) => r.status >= from && r.status < to).length;
  const messages = new Map<string, number>();
  for (const r of results.filter((x) => x.status >= 400 && x.status < 600)) {
    const message = `${r.status} ${(JSON.parse(r.body ?? '{}') as { message?: string }).message ?? '(none)'}`;
    messages.set(message, (messages.get(message) ?? 0) + 1);
  }
  const [database] = await api.db.query<RushResult['database']>(
    `SELECT (SELECT count(*)::int FROM bookings WHERE room_id = $1 AND status = 'confirmed') AS bookings,
            (SELECT coalesce(sum(booked), 0)::int FROM booking_slots WHERE room_id = $1) AS seats,
            (SELECT count(*)::int FROM booking_slots WHERE room_id = $1 AND booked = capacity) AS "fullSlots"`,
    [room],
  );
  const created = count(200, 300);
  const serverErrors = count(500, 600);
  return {
    seconds,
    created,
    clientErrors: count(400, 500),
    serverErrors,
    failed: count(0, 1),
    messages,
    database: database!,
    ok: created === 80 && database!.bookings === 80 && database!.seats === 80 && serverErrors === 0,
  };
}

/**
 * The rush a warm server meets: one uncounted rush on a room of its own first, as wrk and pgbench warm
 * up before they count. At release time the API has been up for hours; a fresh process compiles its hot
 * paths and its pool connects and prepares during the first rush, which then measures start-up.
 */
export async function warmRush(api: BenchApi) {
  const cold = await rush(api);
  return { cold, warm: cold.ok ? await rush(api) : cold };
}

/** BENCH_ROOMS new rooms of 1,000 seats a quarter-hour slot, their ids consecutive (pgbench picks by offset). */
export async function benchRooms(api: BenchApi, prefix: string): Promise<number[]> {
  const rooms: number[] = [];
  for (let i = 0; i < BENCH_ROOMS; i += 1)
    rooms.push(await api.createRoom(`${prefix}${i + 1}`, { capacity: 1000, slotMinutes: 15 }));
  if (rooms.at(-1)! - rooms[0]! !== BENCH_ROOMS - 1) throw new Error(`${prefix} rooms are not consecutive`);
  return rooms;
}

const random = (n: number) => Math.floor(Math.random() * n);
/** Who sends the requests, signed in, and the day they book. */
type Members = Pick<BenchApi, 'tokens' | 'tomorrow'>;

/** `count` bookings by random members of random quarter-hours tomorrow in random rooms of `rooms`. */
export const bookingRequests = (api: Members, rooms: number[], count: number): Request[] =>
  Array.from({ length: count }, () => ({
    method: 'POST',
    path: '/api/booking/bookings',
    token: api.tokens[random(api.tokens.length)]!,
    body: { roomId: rooms[random(rooms.length)], startsAt: atLocal(api.tomorrow, random(SLOTS_PER_DAY) * 15) },
  }));

/** `count` room pages (the slot grid of tomorrow) by random members. */
export const readRequests = (api: Members, rooms: number[], count: number): Request[] =>
  Array.from({ length: count }, () => ({
    method: 'GET',
    path: `/api/booking/rooms/${rooms[random(rooms.length)]}/availability?date=${api.tomorrow}`,
    token: api.tokens[random(api.tokens.length)]!,
  }));
