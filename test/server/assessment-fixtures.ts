import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../server/src/db';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';
import { beijingDay, type Headers } from './survey-fixtures';

export const YEAR = Number(beijingDay(0).slice(0, 4));

/** A two-item standard: one filled in from the help desk's figures, one with text only. */
export const SMALL_STANDARD = {
  items: [
    {
      key: 'rig-3',
      area: '维权服务',
      title: '困难帮扶及时办结，会员满意',
      points: 10,
      evidence: '求助办理记录',
      figure: 'help',
    },
    { key: 'org-1', area: '组织建设', title: '工会班子健全', points: 5, evidence: '委员名单', figure: null },
  ],
};

export function assessmentApi(app: FastifyInstance) {
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: object) =>
    app.inject({ method, url: `/api/assessment${url}`, headers, ...(payload ? { payload } : {}) });
  const school = (roundId: number, schoolId: number) => `/rounds/${roundId}/schools/${schoolId}`;
  return {
    call,
    /** The upper union adopts the two-item standard and opens this year's round. */
    async openRound(headers: Headers, overrides: Record<string, unknown> = {}): Promise<number> {
      await call('PUT', '/standard', headers, SMALL_STANDARD);
      const res = await call('POST', '/rounds', headers, {
        year: YEAR,
        title: `${YEAR}年度建家评家`,
        opensOn: beijingDay(-1),
        closesOn: beijingDay(10),
        ...overrides,
      });
      if (res.statusCode !== 201) throw new Error(`open failed: ${res.body}`);
      return res.json<{ id: number }>().id;
    },
    get: (headers: Headers, roundId: number, schoolId: number) => call('GET', school(roundId, schoolId), headers),
    save: (headers: Headers, roundId: number, schoolId: number, key: string, selfScore: number, evidence = '见附件') =>
      call('PUT', `${school(roundId, schoolId)}/items/${key}`, headers, { selfScore, evidence }),
    leadership: (headers: Headers, roundId: number, schoolId: number, rating = 'good') =>
      call('PUT', `${school(roundId, schoolId)}/leadership`, headers, { rating, note: '党政联席会评价' }),
    submit: (headers: Headers, roundId: number, schoolId: number) =>
      call('POST', `${school(roundId, schoolId)}/submit`, headers),
    review: (headers: Headers, roundId: number, schoolId: number, body: object) =>
      call('POST', `${school(roundId, schoolId)}/review`, headers, body),
    /** Both items scored, the leadership's rating in, submitted. */
    async fillAndSubmit(headers: Headers, roundId: number, schoolId: number, scores: [number, number] = [9, 4.5]) {
      await this.save(headers, roundId, schoolId, 'rig-3', scores[0]);
      await this.save(headers, roundId, schoolId, 'org-1', scores[1]);
      await this.leadership(headers, roundId, schoolId);
      const res = await this.submit(headers, roundId, schoolId);
      if (res.statusCode !== 200) throw new Error(`submit failed: ${res.body}`);
    },
    accept: (headers: Headers, roundId: number, schoolId: number, result = '先进', scores: [number, number] = [8, 5]) =>
      call('POST', `${school(roundId, schoolId)}/review`, headers, {
        decision: 'accept',
        result,
        comment: '材料齐全',
        items: [
          { key: 'rig-3', score: scores[0], comment: '' },
          { key: 'org-1', score: scores[1], comment: '' },
        ],
      }),
  };
}

/** Help cases of a school this year: closed ones with a rating, and one still open. */
export async function insertHelpCases(db: Queryable, schoolId: number, memberId: number, ratings: (string | null)[]) {
  const [category] = await db.query<{ id: number }>(
    `INSERT INTO help_categories (union_id, name) VALUES ($1, '生活困难') RETURNING id`,
    [schoolId],
  );
  for (const rating of ratings) {
    const closed = rating !== null;
    await db.query(
      `INSERT INTO help_requests (union_id, member_id, category_id, title, description, urgency, contact_preference, status, handler_id,
                                  response_due_on, resolved_at, outcome, rating, rated_at, created_at, updated_at)
       VALUES ($1, $2, $3, '家中困难', '情况说明', 'normal', 'phone', $4, $2, current_date + 5, $5, CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE '已解决' END, $6, $5, now(), now())`,
      [schoolId, memberId, category!.id, closed ? 'resolved' : 'submitted', closed ? new Date() : null, rating],
    );
  }
}

/** The frame of an assessment test file: the app on a database of its own and its assessment API. */
export function assessmentSuite() {
  return fileSuite(
    async () => {
      const t = await createTestApp();
      return { t, api: assessmentApi(t.app) };
    },
    ({ t }) => t.close(),
  );
}

/** Counts the rows `FROM …` of a test file's database. */
export const rowCounter = (t: TestApp) => async (sql: string, params: unknown[]) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;
