import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setClock as setHelpClock } from '../../server/src/clock';
import { createMember, createUnionTree, signIn, type TestMember } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';

export type Headers = Record<string, string>;
export type Person = TestMember & { headers: Headers };

/** The instant of a Beijing date and time: at('2030-03-01', '10:00'). */
export const at = (date: string, clock: string) => new Date(`${date}T${clock}:00+08:00`);

/** Stands the help rules (deadlines, reopening, links) at this Beijing date and time. */
export function standAt(date: string, clock = '10:00'): Date {
  const instant = at(date, clock);
  setHelpClock(() => instant);
  return instant;
}

/**
 * An app with its own attachment folder, a school with a staff member, a chair and two members, and
 * another school with its own staff member.
 */
export async function helpWorld(env: Record<string, string> = {}) {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-help-files-'));
  Object.assign(process.env, { FILE_STORE_DIR: filesDir, ...env });
  const t: TestApp = await createTestApp();
  const tree = await createUnionTree(t.db);
  const person = async (unionId: number, options: Parameters<typeof createMember>[2] = {}): Promise<Person> => {
    const m = await createMember(t.db, unionId, options);
    return { ...m, headers: await signIn(t.app, m) };
  };
  const world = {
    t,
    app: t.app,
    db: t.db,
    tree,
    filesDir,
    staff: await person(tree.schoolId, { roles: ['staff'], name: '李干事' }),
    chair: await person(tree.schoolId, { roles: ['chair'], name: '王主席' }),
    member: await person(tree.schoolId, { name: '张老师', branchId: tree.branchIds[0] }),
    otherMember: await person(tree.schoolId, { name: '刘老师' }),
    otherSchoolStaff: await person(tree.otherSchoolId, { roles: ['staff'], name: '孙干事' }),
    person,
    async close() {
      setHelpClock(null);
      await t.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
  return world;
}
export type HelpWorld = Awaited<ReturnType<typeof helpWorld>>;

export async function categoryId(app: FastifyInstance, headers: Headers, name: string): Promise<number> {
  const response = await app.inject({ method: 'GET', url: '/api/help/categories', headers });
  const found = response.json<{ items: { id: number; name: string }[] }>().items.find((c) => c.name === name);
  if (!found) throw new Error(`no category ${name}: ${response.body}`);
  return found.id;
}

// Each submission a distinct case: the same member's identical request within minutes is one case.
let submissions = 0;

export async function submit(app: FastifyInstance, headers: Headers, overrides: Record<string, unknown> = {}) {
  submissions += 1;
  const payload = {
    categoryId: await categoryId(app, headers, '大病医疗'),
    title: '母亲住院，医疗费用压力大',
    description: `母亲十月份确诊住院，自付部分已超过三万元，想了解工会的大病救助怎么申请。（第 ${submissions} 次）`,
    urgency: 'urgent',
    contactPreference: 'phone',
    ...overrides,
  };
  return app.inject({ method: 'POST', url: '/api/help/requests', headers, payload });
}

/** Submits a case and returns its id, failing loudly if the submission is refused. */
export async function newCase(
  app: FastifyInstance,
  headers: Headers,
  overrides: Record<string, unknown> = {},
): Promise<number> {
  const response = await submit(app, headers, overrides);
  if (response.statusCode !== 201) throw new Error(`submit failed: ${response.body}`);
  return response.json<{ id: number }>().id;
}

export const act = (
  app: FastifyInstance,
  headers: Headers,
  id: number,
  action: string,
  extra: Record<string, unknown> = {},
) => app.inject({ method: 'POST', url: `/api/help/requests/${id}/transition`, headers, payload: { action, ...extra } });

export const rate = (app: FastifyInstance, headers: Headers, id: number, rating = 'satisfied', comment?: string) =>
  app.inject({
    method: 'POST',
    url: `/api/help/requests/${id}/rating`,
    headers,
    payload: { rating, ...(comment ? { comment } : {}) },
  });

export async function expectOk(response: { statusCode: number; body: string }, status = 200) {
  if (response.statusCode !== status)
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
}

/** The steps, through the API, that bring a new case to each state. */
export const PATHS: Record<string, { as: 'member' | 'staff'; action: string; extra?: Record<string, unknown> }[]> = {
  submitted: [],
  accepted: [{ as: 'staff', action: 'accept' }],
  in_progress: [
    { as: 'staff', action: 'accept' },
    { as: 'staff', action: 'start' },
  ],
  waiting_member: [
    { as: 'staff', action: 'accept' },
    { as: 'staff', action: 'start' },
    { as: 'staff', action: 'request_info', extra: { message: '请补充医院的诊断证明' } },
  ],
  resolved: [
    { as: 'staff', action: 'accept' },
    { as: 'staff', action: 'start' },
    { as: 'staff', action: 'resolve', extra: { outcome: '已按大病救助申请补助 3000 元' } },
  ],
  rejected: [{ as: 'staff', action: 'reject', extra: { reason: '不属于工会帮扶范围，已告知可向社区申请' } }],
  withdrawn: [{ as: 'member', action: 'withdraw' }],
};

/** A new case of `w.member` brought to `state` (closed: rated by the member). */
export async function caseIn(w: HelpWorld, state: string): Promise<number> {
  const id = await newCase(w.app, w.member.headers);
  const steps = state === 'closed' ? PATHS.resolved! : PATHS[state]!;
  for (const step of steps)
    await expectOk(await act(w.app, (step.as === 'member' ? w.member : w.staff).headers, id, step.action, step.extra));
  if (state === 'closed') await expectOk(await rate(w.app, w.member.headers, id));
  return id;
}

/** The frame of a help test file: helpWorld on a database of its own. */
export function helpSuite() {
  return fileSuite(
    async () => ({ w: await helpWorld() }),
    ({ w }) => w.close(),
  ).w;
}
