import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../server/src/db';
import { setClock } from '../../server/src/clock';
import { CONSENT_VERSION } from '../../server/src/routes/counselling/rules';
import { localInstant, minuteOfDay } from '../../server/src/routes/counselling/slots';
import { createMember, createUnionTree, signIn, type TestMember } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';

export type Headers = Record<string, string>;

/** A Monday well in the future, so the tests never depend on the day they run. */
export const MONDAY = '2030-03-04';
export const TUESDAY = '2030-03-05';
export const WEDNESDAY = '2030-03-06';
export const THURSDAY = '2030-03-07';

/** The instant of a local (Asia/Shanghai) date and time: at('2030-03-05', '09:00'). */
export const at = (day: string, time: string) => localInstant(day, minuteOfDay(time));
export const iso = (day: string, time: string) => at(day, time).toISOString();

/** Stands the counselling rules at this local date and time. */
export function standAt(day: string, time: string): Date {
  const instant = at(day, time);
  setClock(() => instant);
  return instant;
}

export const WEEKDAY_MORNINGS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '09:00', ends: '12:00' }));

export interface Person extends TestMember {
  headers: Headers;
}

export async function newMember(
  app: FastifyInstance,
  db: Queryable,
  unionId: number,
  options: Parameters<typeof createMember>[2] = {},
): Promise<Person> {
  const member = await createMember(db, unionId, options);
  return { ...member, headers: await signIn(app, member) };
}

/**
 * A school with staff, a chair, two counsellors (X and Y, each weekday 09:00–12:00, 50-minute
 * sessions with a 10-minute buffer, all three modes) and three plain members; and a counsellor in
 * another school. Profiles and hours go through the real staff and desk routes.
 */
export async function counsellingSchool(app: FastifyInstance, db: Queryable) {
  const tree = await createUnionTree(db);
  const staff = await newMember(app, db, tree.schoolId, { roles: ['staff'] });
  const chair = await newMember(app, db, tree.schoolId, { roles: ['chair'] });
  const x = await newMember(app, db, tree.schoolId, { name: '咨询师甲', roles: ['counsellor'] });
  const y = await newMember(app, db, tree.schoolId, { name: '咨询师乙', roles: ['counsellor'] });
  const elsewhere = await newMember(app, db, tree.otherSchoolId, { name: '外校咨询师', roles: ['counsellor'] });
  const otherStaff = await newMember(app, db, tree.otherSchoolId, { roles: ['staff'] });
  const a = await newMember(app, db, tree.schoolId, { name: '会员甲' });
  const b = await newMember(app, db, tree.schoolId, { name: '会员乙' });
  const c = await newMember(app, db, tree.schoolId, { name: '会员丙' });

  const profile = async (who: Person, officer: Person, displayName: string) => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/counselling/manage/counsellors',
      headers: officer.headers,
      payload: {
        staffNo: who.staffNo,
        displayName,
        qualifications: '国家二级心理咨询师',
        introduction: '倾听为主',
        modes: ['in_person', 'phone', 'online'],
        room: '心理减压室',
      },
    });
    if (created.statusCode !== 201) throw new Error(`create counsellor failed: ${created.body}`);
    const hours = await app.inject({
      method: 'PUT',
      url: '/api/counselling/desk/schedule',
      headers: who.headers,
      payload: { slotMinutes: 50, bufferMinutes: 10, hours: WEEKDAY_MORNINGS },
    });
    if (hours.statusCode !== 200) throw new Error(`schedule failed: ${hours.body}`);
    return created.json<{ id: number }>().id;
  };
  const xId = await profile(x, staff, '陈老师');
  const yId = await profile(y, staff, '赵老师');
  const elsewhereId = await profile(elsewhere, otherStaff, '外校老师');
  return { tree, staff, chair, otherStaff, x, y, elsewhere, a, b, c, xId, yId, elsewhereId };
}

export type School = Awaited<ReturnType<typeof counsellingSchool>>;

export const consent = (app: FastifyInstance, who: Person) =>
  app.inject({
    method: 'POST',
    url: '/api/counselling/consent',
    headers: who.headers,
    payload: { version: CONSENT_VERSION },
  });

export const request = (app: FastifyInstance, who: Person, payload: Record<string, unknown>) =>
  app.inject({
    method: 'POST',
    url: '/api/counselling/appointments',
    headers: who.headers,
    payload: { mode: 'in_person', contact: 'message', ...payload },
  });

/** Books and returns the new appointment's id, failing loudly otherwise. */
export async function book(
  app: FastifyInstance,
  who: Person,
  counsellorId: number | null,
  startsAt: string,
  extra: Record<string, unknown> = {},
) {
  const response = await request(app, who, { counsellorId, startsAt, ...extra });
  if (response.statusCode !== 201) throw new Error(`booking failed: ${response.body}`);
  return response.json<{ id: number }>().id;
}

// Like the mini-program, every POST carries at least `{}`.
export const desk = (
  app: FastifyInstance,
  who: Person,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  payload?: Record<string, unknown>,
) =>
  app.inject({
    method,
    url: `/api/counselling/desk${path}`,
    headers: who.headers,
    ...(method === 'GET' ? {} : { payload: payload ?? {} }),
  });

export const mine = (
  app: FastifyInstance,
  who: Person,
  method: 'GET' | 'POST',
  path: string,
  payload?: Record<string, unknown>,
) =>
  app.inject({
    method,
    url: `/api/counselling/appointments${path}`,
    headers: who.headers,
    ...(method === 'GET' ? {} : { payload: payload ?? {} }),
  });

/** Every table of the compartment, counted for one member. */
export async function storedAbout(db: Queryable, memberId: number) {
  const [row] = await db.query<{ consents: number; appointments: number; notes: number; audit: number }>(
    `SELECT (SELECT count(*)::int FROM counselling_consents WHERE member_id = $1) AS consents,
            (SELECT count(*)::int FROM counselling_appointments WHERE member_id = $1) AS appointments,
            (SELECT count(*)::int FROM counselling_notes n JOIN counselling_appointments a ON a.id = n.appointment_id WHERE a.member_id = $1) AS notes,
            (SELECT count(*)::int FROM audit_log WHERE actor_id = $1) AS audit`,
    [memberId],
  );
  return row!;
}

/** The frame of a counselling test file: the app on a database of its own and the school, then `prepare`. */
export function counsellingSuite<P extends object>(prepare: (t: TestApp, s: School) => Promise<P>) {
  return fileSuite(
    async () => {
      const t = await createTestApp();
      const s = await counsellingSchool(t.app, t.db);
      return { t, s, prepared: await prepare(t, s) };
    },
    async ({ t }) => {
      setClock(() => new Date());
      await t.close();
    },
  );
}

export const NOTE = '来访者提到与校长的冲突，伴有失眠';

/**
 * The frame of the access test files. `prepared` holds member A's appointment with counsellor X
 * (with X's note, NOTE), and member B's with counsellor Y, both for TUESDAY 09:00.
 */
export function counsellingAccessSuite() {
  return counsellingSuite(async (t, s) => {
    standAt(MONDAY, '08:00');
    for (const who of [s.a, s.b]) await consent(t.app, who);
    const ofA = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'), { alias: '小林', note: '和领导关系紧张' });
    const ofB = await book(t.app, s.b, s.yId, iso(TUESDAY, '09:00'), { note: '孩子的事' });
    expect((await desk(t.app, s.x, 'PUT', `/appointments/${ofA}/note`, { text: NOTE })).statusCode).toBe(200);
    return { ofA, ofB };
  });
}

/**
 * The frame of the booking test files: members A, B and C have consented, and each test starts on
 * MONDAY 08:00 with an empty diary.
 */
export function counsellingDiarySuite() {
  const suite = counsellingSuite(async (t, s) => {
    for (const who of [s.a, s.b, s.c]) await consent(t.app, who);
    return {};
  });
  beforeEach(async () => {
    standAt(MONDAY, '08:00');
    // Each test starts with an empty diary.
    await suite.t.db.query(`DELETE FROM counselling_notes`);
    await suite.t.db.query(`DELETE FROM counselling_appointments`);
    await suite.t.db.query(`DELETE FROM counsellor_leave`);
  });
  return suite;
}

/** A counsellor's free sessions as member A sees them, and the counselling messages sent so far. */
export function counsellingDiaryHelpers(t: TestApp, s: School) {
  const availability = async (counsellorId: number) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/counselling/counsellors/${counsellorId}/availability`,
        headers: s.a.headers,
      })
    ).json<{
      days: { date: string; slots: { startsAt: string; endsAt: string }[] }[];
    }>();
  const startsOn = async (counsellorId: number, day: string) =>
    (await availability(counsellorId)).days.find((d) => d.date === day)?.slots.map((slot) => slot.startsAt) ?? [];
  const counsellingMessages = () =>
    t.db.query<{ member_id: number; title: string; body: string; link: string }>(
      `SELECT member_id, title, body, link FROM notifications WHERE kind = 'counselling' ORDER BY id`,
    );
  return { availability, startsOn, counsellingMessages };
}
