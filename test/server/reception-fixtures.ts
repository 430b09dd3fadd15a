import type { FastifyInstance } from 'fastify';
import { setClock } from '../../server/src/clock';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';

/** A Wednesday far from the real calendar, so that every rule runs at a time the test chooses. */
export const WEDNESDAY = '2030-01-09';

/** The instant of a Beijing wall-clock time, e.g. at('2030-01-09', '14:20'). */
export const at = (date: string, clock: string) => new Date(`${date}T${clock}:00+08:00`);

export function standAt(date: string, clock: string) {
  const instant = at(date, clock);
  setClock(() => instant);
  return instant;
}

export const resetClock = () => setClock(null);

export type Headers = Record<string, string>;

/** A school with its chair, staff and members, and a second school with a chair of its own. */
export async function receptionWorld(app: FastifyInstance, db: Parameters<typeof createUnionTree>[0], memberCount = 3) {
  const tree = await createUnionTree(db);
  const chair = await createMember(db, tree.schoolId, { roles: ['chair'], name: '王建国' });
  const staff = await createMember(db, tree.schoolId, { roles: ['staff'], name: '李秀梅' });
  const members = [];
  for (let i = 0; i < memberCount; i += 1)
    members.push(await createMember(db, tree.schoolId, { branchId: tree.branchIds[0] }));
  const otherChair = await createMember(db, tree.otherSchoolId, { roles: ['chair'] });
  return {
    tree,
    chair: { ...chair, headers: await signIn(app, chair) },
    staff: { ...staff, headers: await signIn(app, staff) },
    members: await Promise.all(members.map(async (m) => ({ ...m, headers: await signIn(app, m) }))),
    otherChair: { ...otherChair, headers: await signIn(app, otherChair) },
  };
}

export async function publish(app: FastifyInstance, headers: Headers, body: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: '/api/reception/sessions',
    headers,
    payload: {
      repeat: 'once',
      date: WEDNESDAY,
      startTime: '14:00',
      endTime: '17:00',
      slotMinutes: 20,
      place: '工会办公室',
      ...body,
    },
  });
}

export async function book(
  app: FastifyInstance,
  headers: Headers,
  sessionId: number,
  slotStart: Date,
  body: Record<string, unknown> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/reception/appointments',
    headers,
    payload: {
      sessionId,
      slotStart: slotStart.toISOString(),
      topic: 'work',
      description: '职称评审的材料要求',
      ...body,
    },
  });
}

export const act = (
  app: FastifyInstance,
  headers: Headers,
  id: number,
  action: string,
  payload: object,
  method: 'POST' | 'PUT' = 'POST',
) => app.inject({ method, url: `/api/reception/appointments/${id}/${action}`, headers, payload });

export type ReceptionWorld = Awaited<ReturnType<typeof receptionWorld>>;

/** The frame of a reception test file: the app on a database of its own and a school's people. */
export function receptionSuite(memberCount?: number) {
  return fileSuite(
    async () => {
      const t = await createTestApp();
      return { t, w: await receptionWorld(t.app, t.db, memberCount) };
    },
    async ({ t }) => {
      resetClock();
      await t.close();
    },
  );
}

/** Reading reception pages and messages, and publishing a day, for a test file's app and people. */
export function receptionHelpers(t: TestApp, w: ReceptionWorld) {
  const get = (url: string, headers: Headers) => t.app.inject({ method: 'GET', url: `/api/reception${url}`, headers });
  const receptionMessages = (memberId: number) =>
    t.db.query<{ title: string; body: string; link: string }>(
      `SELECT title, body, link FROM notifications WHERE member_id = $1 AND kind = 'reception' ORDER BY id`,
      [memberId],
    );
  /** A one-off session on `date` received by the chair; answers its id. */
  async function session(date: string, startTime = '14:00', endTime = '17:00') {
    standAt(date, '08:00');
    const response = await publish(t.app, w.chair.headers, { date, startTime, endTime, receiverId: w.chair.id });
    expect(response.statusCode).toBe(201);
    return response.json().items[0].id as number;
  }
  return { get, receptionMessages, session };
}
