import { randomUUID } from 'node:crypto';
import { createMember } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';
import { beijingDay } from './survey-fixtures';
import { createCityTree } from './unions-fixtures';

type Headers = Record<string, string>;
export const YEAR = Number(beijingDay(0).slice(0, 4));

/** The frame of a 送温暖 test file: the app on a database of its own. */
export function careSuite() {
  return fileSuite(
    async () => ({ t: await createTestApp() }),
    ({ t }) => t.close(),
  );
}

/** The care API, a visit to record, a row counter and a fresh school with a member in hospital. */
export function careHelpers(t: TestApp) {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    t.app.inject({ method, url: `/api/care${url}`, headers, ...(payload ? { payload } : {}) });
  const visit = (memberId: number, overrides: Record<string, unknown> = {}) => ({
    requestId: randomUUID(),
    memberId,
    kind: 'hospital',
    careDate: beijingDay(0),
    visitors: '王建国、李秀梅',
    amount: 500,
    gifts: '水果、鲜花',
    note: '术后恢复良好',
    ...overrides,
  });
  const count = async (sql: string, params: unknown[]) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

  async function school() {
    const tree = await createCityTree(t);
    const member = await createMember(t.db, tree.schoolIds[0]!, { name: '住院的老师' });
    return { tree, staff: tree.schools[0]!, member };
  }
  return { call, visit, count, school };
}
