import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { customAnswers, customSurvey, type Headers, signedInMembers, surveyApi } from './survey-fixtures';

/**
 * The database alone must not join an answer to a member more closely than a group of five. These
 * tests look at what the database keeps the way its holder would: every column, the system columns
 * PostgreSQL keeps on each row (xmin: the writing transaction; ctid: the place on disk) and the
 * order rows come back in. survey-wal-attack.test.ts reads the write-ahead log as well.
 */

let t: TestApp;
let api: ReturnType<typeof surveyApi>;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Headers;

beforeAll(async () => {
  t = await createTestApp();
  api = surveyApi(t.app);
  tree = await createUnionTree(t.db);
  staff = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'] }));
});
afterAll(() => t.close());

const count = async (table: string, id: number) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE survey_id = $1`, [id]))[0]!.n;
const state = async (id: number) => ({
  counted: await count('survey_answers', id),
  waiting: await count('survey_pending_answers', id),
});

async function openSurvey() {
  const id = await api.createOpen(staff, customSurvey({ byBranch: false }));
  return { id, questions: await api.questions(staff, id) };
}

describe('answers wait sealed and are counted only in crowds of five or more', () => {
  it('stores participation, sealed answers and counted answers with no shared key and no time of any kind', async () => {
    const columns = await t.db.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_name IN ('survey_participants', 'survey_pending_answers', 'survey_answers', 'survey_comments') ORDER BY table_name, ordinal_position`,
    );
    const of = (table: string) =>
      columns.filter((c) => c.table_name === table).map((c) => `${c.column_name}:${c.data_type}`);
    expect(of('survey_participants')).toEqual(['survey_id:integer', 'member_id:integer', 'receipt_code:text']);
    expect(of('survey_pending_answers')).toEqual(['id:uuid', 'survey_id:integer', 'branch_id:integer', 'sealed:text']);
    expect(of('survey_answers')).toEqual(['id:uuid', 'survey_id:integer', 'branch_id:integer', 'choices:jsonb']);
    expect(of('survey_comments')).toEqual(['id:uuid', 'survey_id:integer', 'question_id:integer', 'body:text']);
    expect(columns.filter((c) => /time|date/.test(c.data_type))).toEqual([]);
  });

  it('releases five at random once ten wait, keeps five back, and counts the rest at close', async () => {
    const members = await signedInMembers(t, tree.schoolId, 12);
    const { id, questions } = await openSurvey();
    const seen: { counted: number; waiting: number }[] = [];
    for (const [i, m] of members.entries()) {
      expect(
        (await api.submit(m.headers, id, customAnswers(questions, (i % 5) + 1, i % 3, `第${i}条意见`))).statusCode,
      ).toBe(201);
      seen.push(await state(id));
    }
    // Nothing is readable until ten wait; then five, and five always stay sealed while it is open.
    expect(seen.map((s) => s.counted)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5]);
    expect(seen.map((s) => s.waiting)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 5, 6, 7]);
    const open = (await api.results(staff, id)).json();
    expect(open).toMatchObject({ turnout: { answered: 12 }, waiting: 7, insufficient: false });
    expect(open.questions[0].answered).toBe(5);

    await api.close(staff, id);
    expect(await state(id)).toEqual({ counted: 12, waiting: 0 });
    expect((await api.results(staff, id)).json()).toMatchObject({
      waiting: 0,
      questions: [{ answered: 12 }, { answered: 12 }, { answered: 12 }],
    });
  });

  it('never opens fewer than five: four answers stay sealed after close and show no figures', async () => {
    const { id, questions } = await openSurvey();
    for (const m of await signedInMembers(t, tree.schoolId, 4))
      await api.submit(m.headers, id, customAnswers(questions, 5, 0, '只有四份'));
    await api.close(staff, id);
    expect(await state(id)).toEqual({ counted: 0, waiting: 4 });
    expect((await api.results(staff, id)).json()).toMatchObject({
      insufficient: true,
      waiting: 4,
      satisfaction: null,
      questions: [],
      turnout: { answered: 4 },
    });
  });

  it('seals every answer to the same length, however much the member wrote', async () => {
    const { id, questions } = await openSurvey();
    const texts = [undefined, '短', '很长的意见'.repeat(100), '"\\'.repeat(250)];
    for (const [i, m] of (await signedInMembers(t, tree.schoolId, texts.length)).entries()) {
      expect((await api.submit(m.headers, id, customAnswers(questions, 3, 1, texts[i]))).statusCode).toBe(201);
    }
    const rows = await t.db.query<{ sealed: string }>(
      `SELECT sealed FROM survey_pending_answers WHERE survey_id = $1`,
      [id],
    );
    expect(new Set(rows.map((r) => r.sealed.length)).size).toBe(1);
    expect(JSON.stringify(rows)).not.toContain('很长的意见');
  });

  it('writes each batch in one transaction, in an order that is not the order of submission', async () => {
    // 40 members in one group: batches of five at the 10th, 15th … 40th answer, the rest at close.
    const members = await signedInMembers(t, tree.schoolId, 40);
    const { id, questions } = await openSurvey();
    const truth = new Map<string, number>();
    for (const [i, m] of members.entries()) {
      const text = `意见${String(i).padStart(2, '0')}`;
      truth.set(text, m.member.id);
      await api.submit(m.headers, id, customAnswers(questions, (i % 5) + 1, i % 3, text));
    }
    await api.close(staff, id);

    // Every batch: at least five rows sharing one transaction id.
    const batches = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM survey_comments WHERE survey_id = $1 GROUP BY xmin`,
      [id],
    );
    expect(batches.every((b) => b.n >= 5)).toBe(true);
    expect(batches.reduce((sum, b) => sum + b.n, 0)).toBe(40);

    // The holder's best pairing from the tables: the n-th participant on disk with the n-th comment
    // on disk. Rows within a batch are shuffled, so it gets about one in five, far from all.
    const participants = (
      await t.db.query<{ member_id: number }>(
        `SELECT member_id FROM survey_participants WHERE survey_id = $1 ORDER BY ctid`,
        [id],
      )
    ).map((r) => r.member_id);
    const comments = (
      await t.db.query<{ body: string }>(`SELECT body FROM survey_comments WHERE survey_id = $1 ORDER BY ctid`, [id])
    ).map((r) => r.body);
    const hits = participants.filter((memberId, n) => truth.get(comments[n]!) === memberId).length;
    expect(hits).toBeLessThanOrEqual(20);
  });
});
