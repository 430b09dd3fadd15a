import type { FastifyInstance } from 'fastify';
import { createMember, createUnionTree, signIn, type TestMember } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';

export type Headers = Record<string, string>;

/** A Beijing calendar day, `offset` days from today. */
export function beijingDay(offset = 0): string {
  const shifted = new Date(Date.now() + 8 * 3600_000 + offset * 86400_000);
  return shifted.toISOString().slice(0, 10);
}

export const SATISFACTION = {
  kind: 'single',
  title: '总体评价',
  required: true,
  options: ['满意', '基本满意', '不满意'],
  satisfaction: true,
} as const;

/** A short survey of one's own: a rating, the satisfaction question, a comment. */
export function customSurvey(overrides: Record<string, unknown> = {}) {
  return {
    title: '测试评议',
    opensOn: beijingDay(-1),
    closesOn: beijingDay(10),
    branchIds: [] as number[],
    questions: [
      { kind: 'rating', section: '场地与设施', title: '活动场地', required: true },
      SATISFACTION,
      { kind: 'text', title: '意见建议', required: false },
    ],
    ...overrides,
  };
}

export interface SurveyQuestion {
  id: number;
  position: number;
  kind: string;
  options: string[];
  satisfaction: boolean;
  required: boolean;
}

export function surveyApi(app: FastifyInstance) {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  return {
    call,
    async create(headers: Headers, input: object = customSurvey()): Promise<number> {
      const response = await call('POST', '/api/surveys', headers, input);
      if (response.statusCode !== 201) throw new Error(`create failed: ${response.body}`);
      return response.json<{ id: number }>().id;
    },
    async createOpen(headers: Headers, input: object = customSurvey()): Promise<number> {
      const id = await this.create(headers, input);
      const opened = await call('POST', `/api/surveys/${id}/open`, headers);
      if (opened.statusCode !== 200) throw new Error(`open failed: ${opened.body}`);
      return id;
    },
    async questions(headers: Headers, id: number): Promise<SurveyQuestion[]> {
      return (await call('GET', `/api/surveys/${id}`, headers)).json<{ questions: SurveyQuestion[] }>().questions;
    },
    submit: (headers: Headers, id: number, answers: object[]) =>
      call('POST', `/api/surveys/${id}/responses`, headers, { answers }),
    results: (headers: Headers, id: number) => call('GET', `/api/surveys/${id}/results`, headers),
    close: (headers: Headers, id: number) => call('POST', `/api/surveys/${id}/close`, headers),
  };
}

/** Answers for the custom survey: a score, an index into 满意 / 基本满意 / 不满意 (or none), an optional comment. */
export function customAnswers(questions: SurveyQuestion[], rating: number, satisfaction: number | null, text?: string) {
  const [ratingQ, satisfactionQ, textQ] = questions;
  const answers: object[] = [{ questionId: ratingQ!.id, rating }];
  if (satisfaction !== null) answers.push({ questionId: satisfactionQ!.id, choice: satisfaction });
  if (text) answers.push({ questionId: textQ!.id, text });
  return answers;
}

/** Members of one union, signed in. */
export async function signedInMembers(
  t: TestApp,
  unionId: number,
  count: number,
  options: { branchId?: number | null } = {},
) {
  const out: { member: TestMember; headers: Headers }[] = [];
  for (let i = 0; i < count; i += 1) {
    const member = await createMember(t.db, unionId, { branchId: options.branchId ?? null });
    out.push({ member, headers: await signIn(t.app, member) });
  }
  return out;
}

/** The frame of a survey test file: the app on a database of its own and its survey API. */
export function surveySuite() {
  return fileSuite(
    async () => {
      const t = await createTestApp();
      return { t, api: surveyApi(t.app) };
    },
    ({ t }) => t.close(),
  );
}

/** A fresh school for each test, and counts of who took part and what is stored. */
export function surveyHelpers(t: TestApp) {
  /** A fresh district with a school whose staff member (in the first 分工会) is signed in. */
  async function school() {
    const tree = await createUnionTree(t.db);
    const staffMember = await createMember(t.db, tree.schoolId, { roles: ['staff'], branchId: tree.branchIds[0] });
    return { tree, staff: await signIn(t.app, staffMember) };
  }
  const count = async (sql: string, params: unknown[]) => (await t.db.query<{ n: number }>(sql, params))[0]!.n;
  const participants = (id: number) =>
    count(`SELECT count(*)::int AS n FROM survey_participants WHERE survey_id = $1`, [id]);
  // Stored answers, counted or still sealed and waiting (answers are counted in batches of five).
  const answers = (id: number) =>
    count(
      `SELECT (SELECT count(*) FROM survey_answers WHERE survey_id = $1) + (SELECT count(*) FROM survey_pending_answers WHERE survey_id = $1) AS n`,
      [id],
    ).then(Number);
  return { school, count, participants, answers };
}
