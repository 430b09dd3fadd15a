import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/src/db';
import { setClock as setCongressClock } from '../../server/src/clock';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';

export type Headers = Record<string, string>;

/** Stands at a Beijing wall-clock time, e.g. standAt('2030-03-05', '10:00'). */
export function standAt(date: string, clock = '10:00') {
  const instant = new Date(`${date}T${clock}:00+08:00`);
  setCongressClock(() => instant);
  return instant;
}
export const resetClock = () => setCongressClock(null);

/**
 * A school with its staff, four 代表 (the last on the 提案工作委员会), two members who are not 代表,
 * a 承办部门 and a session collecting from 3月1日 to 3月20日 2030; and a second school's staff.
 */
export async function congressWorld(app: FastifyInstance, db: Db) {
  const tree = await createUnionTree(db);
  const person = async (unionId: number, name: string, roles: ('staff' | 'chair')[] = []) => {
    const m = await createMember(db, unionId, { name, roles });
    return { ...m, headers: await signIn(app, m) };
  };
  const staff = await person(tree.schoolId, '李秀梅', ['staff']);
  const chair = await person(tree.schoolId, '王建国', ['chair']);
  const delegates = [
    await person(tree.schoolId, '张老师'),
    await person(tree.schoolId, '刘老师'),
    await person(tree.schoolId, '陈老师'),
  ];
  const committee = await person(tree.schoolId, '赵委员');
  const members = [await person(tree.schoolId, '周老师'), await person(tree.schoolId, '吴老师')];
  const otherStaff = await person(tree.otherSchoolId, '外校干事', ['staff']);

  standAt('2030-02-20');
  for (const d of delegates) await setDelegate(app, staff.headers, d.staffNo, 'delegate');
  await setDelegate(app, staff.headers, committee.staffNo, 'committee');
  const department = (
    await app.inject({
      method: 'POST',
      url: '/api/congress/departments',
      headers: staff.headers,
      payload: { name: '总务处' },
    })
  ).json();
  const session = await app.inject({
    method: 'POST',
    url: '/api/congress/sessions',
    headers: staff.headers,
    payload: { term: '第五届', title: '第五届教代会第三次会议', opensOn: '2030-03-01', closesOn: '2030-03-20' },
  });
  if (session.statusCode !== 201) throw new Error(session.body);
  return {
    tree,
    staff,
    chair,
    delegates,
    committee,
    members,
    otherStaff,
    departmentId: department.id as number,
    sessionId: session.json().id as number,
  };
}

export const setDelegate = (
  app: FastifyInstance,
  headers: Headers,
  staffNo: string,
  role: 'delegate' | 'committee' | 'none',
) => app.inject({ method: 'PUT', url: '/api/congress/delegates', headers, payload: { term: '第五届', staffNo, role } });

export const draft = (app: FastifyInstance, headers: Headers, sessionId: number, body: Record<string, unknown> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/congress/motions',
    headers,
    payload: {
      sessionId,
      clientKey: randomUUID(),
      title: '增设教工午休室',
      category: 'welfare',
      reason: '午间无处休息',
      proposal: '将三楼空教室改为午休室',
      ...body,
    },
  });

export const act = (app: FastifyInstance, headers: Headers, id: number, action: string, payload?: object) =>
  app.inject({
    method: 'POST',
    url: `/api/congress/motions/${id}/${action}`,
    headers,
    ...(payload ? { payload } : {}),
  });

export const getMotion = (app: FastifyInstance, headers: Headers, id: number) =>
  app.inject({ method: 'GET', url: `/api/congress/motions/${id}`, headers });

export type CongressWorld = Awaited<ReturnType<typeof congressWorld>>;

/** The frame of a congress test file: the app on a database of its own and the school's congress. */
export function congressSuite() {
  return fileSuite(
    async () => {
      const t = await createTestApp();
      return { t, w: await congressWorld(t.app, t.db) };
    },
    async ({ t }) => {
      resetClock();
      await t.close();
    },
  );
}

/** Messages and motions counted, and a motion taken through to submission, for a test file's congress. */
export function congressHelpers(t: TestApp, w: CongressWorld) {
  const messagesOf = (memberId: number) =>
    t.db.query<{ title: string; body: string }>(
      `SELECT title, body FROM notifications WHERE member_id = $1 AND kind = 'congress' ORDER BY id`,
      [memberId],
    );
  const motionCount = async () => (await t.db.query<{ n: number }>(`SELECT count(*) AS n FROM congress_motions`))[0]!.n;

  /** A motion by the first 代表, seconded by the other two and submitted; answers its id. */
  async function submitted(title = '增设教工午休室') {
    standAt('2030-03-05');
    const [author, s1, s2] = w.delegates;
    const id = (await draft(t.app, author!.headers, w.sessionId, { title })).json().id as number;
    await act(t.app, s1!.headers, id, 'second');
    await act(t.app, s2!.headers, id, 'second');
    expect((await act(t.app, author!.headers, id, 'submit')).statusCode).toBe(200);
    return id;
  }
  return { messagesOf, motionCount, submitted };
}
