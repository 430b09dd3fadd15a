import type { FastifyInstance } from 'fastify';
import { setClock } from '../../server/src/clock';
import { atLocal, parseClock } from '../../server/src/time/beijing';
import { createMember, createUnionTree, signIn, type TestMember } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';

/** A Monday well in the future, so that the tests never depend on the day they run. */
export const MONDAY = '2030-03-04';

/** The instant of a local (Asia/Shanghai) date and time, e.g. at('2030-03-04', '18:00'). */
export const at = (date: string, clock: string) => atLocal(date, parseClock(clock));

/** Stands the booking rules and the sweeper at this local date and time. */
export function standAt(date: string, clock: string): Date {
  const instant = at(date, clock);
  setClock(() => instant);
  return instant;
}

export type Headers = Record<string, string>;

export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' }));

/** A room created through the staff API: every day 08:00–22:00 in hours, 4 seats, 7 days ahead, no quotas. */
export async function createRoom(app: FastifyInstance, staff: Headers, overrides: Record<string, unknown> = {}) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/booking/manage/rooms',
    headers: staff,
    payload: {
      name: '乒乓球室',
      location: '活动中心二楼',
      mode: 'seats',
      capacity: 4,
      slotMinutes: 60,
      openingHours: EVERY_DAY,
      ...overrides,
    },
  });
  if (response.statusCode !== 201) throw new Error(`createRoom failed: ${response.body}`);
  return response.json<{ id: number; code: string; name: string }>();
}

export async function book(app: FastifyInstance, headers: Headers, roomId: number, startsAt: Date) {
  return app.inject({
    method: 'POST',
    url: '/api/booking/bookings',
    headers,
    payload: { roomId, startsAt: startsAt.toISOString() },
  });
}

export async function memberWithHeaders(
  app: FastifyInstance,
  db: Parameters<typeof createMember>[0],
  unionId: number,
  options: Parameters<typeof createMember>[2] = {},
): Promise<TestMember & { headers: Headers }> {
  const member = await createMember(db, unionId, options);
  return { ...member, headers: await signIn(app, member) };
}

export interface BookingSuite {
  t: TestApp;
  tree: Awaited<ReturnType<typeof createUnionTree>>;
  staff: Headers;
  staffId: number;
}

/**
 * The usual frame of a booking test file: the app on a database of its own, the union tree, one
 * staff member signed in, and the clock stood at MONDAY 10:30 before each test. Read the fields
 * inside tests (they are set in beforeAll).
 */
export function bookingSuite(staffOptions: Parameters<typeof createMember>[2] = { roles: ['staff'] }): BookingSuite {
  const suite = {} as BookingSuite;
  beforeAll(async () => {
    Object.assign(suite, await openBooking(staffOptions));
  });
  beforeEach(() => standAt(MONDAY, '10:30'));
  afterAll(() => closeBooking(suite));
  return suite;
}

async function openBooking(staffOptions: Parameters<typeof createMember>[2]): Promise<BookingSuite> {
  const t = await createTestApp();
  const tree = await createUnionTree(t.db);
  const staff = await memberWithHeaders(t.app, t.db, tree.schoolId, staffOptions);
  return { t, tree, staff: staff.headers, staffId: staff.id };
}

async function closeBooking({ t }: { t: TestApp }) {
  setClock(null);
  await t.close();
}

/**
 * The same frame as bookingSuite, for files whose tests name `t`, `tree` and `staff` directly:
 * `const { t, tree, staff } = bookingFileSuite()`. The clock stands at MONDAY `clock` before each test.
 */
export function bookingFileSuite(options: { staff?: Parameters<typeof createMember>[2]; clock?: string } = {}) {
  const suite = fileSuite(() => openBooking(options.staff ?? { roles: ['staff'] }), closeBooking);
  beforeEach(() => standAt(MONDAY, options.clock ?? '10:30'));
  return suite;
}

/** A new member of the school, signed in; a slot's booked count; and the check of a refusal in Chinese. */
export function bookingHelpers(t: TestApp, tree: BookingSuite['tree']) {
  const member = () => memberWithHeaders(t.app, t.db, tree.schoolId);
  const slotCounter = async (roomId: number, startsAt: Date) =>
    (
      await t.db.query<{ booked: number }>('SELECT booked FROM booking_slots WHERE room_id = $1 AND starts_at = $2', [
        roomId,
        startsAt,
      ])
    )[0]?.booked ?? 0;
  const expectRefused = (
    response: { statusCode: number; json: () => { message: string } },
    status: number,
    message: string,
  ) => {
    expect({ status: response.statusCode, message: response.json().message }).toEqual({ status, message });
  };
  return { member, slotCounter, expectRefused };
}
