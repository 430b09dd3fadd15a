import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { customAnswers, customSurvey, type Headers, signedInMembers, surveyApi } from './survey-fixtures';

/**
 * The database alone must not join an answer to a member. These tests look at the stored tables
 * the way someone holding the database would: every column, the system columns PostgreSQL keeps
 * on each row (xmin: the writing transaction; ctid: the place on disk) and the order rows come
 * back in.
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

// Twelve different answers (score, satisfaction), one per member, and a scrambled order to submit in.
const BALLOTS = Array.from({ length: 12 }, (_, k) => ({ rating: (k % 5) + 1, satisfaction: Math.floor(k / 5) }));
const ballotOf = (memberIndex: number) => BALLOTS[(memberIndex * 5 + 3) % 12]!;
const ORDER = [7, 2, 11, 0, 5, 9, 1, 10, 3, 6, 8, 4];

async function runSurvey(order: number[], members: { headers: Headers }[]) {
  const id = await api.createOpen(staff, customSurvey({ byBranch: false }));
  const questions = await api.questions(staff, id);
  for (const i of order) {
    const { rating, satisfaction } = ballotOf(i);
    const response = await api.submit(members[i]!.headers, id, customAnswers(questions, rating, satisfaction, `意见${String.fromCharCode(65 + i)}`));
    if (response.statusCode !== 201) throw new Error(response.body);
  }
  return { id, questions };
}

/** Each stored answer as (score, satisfaction), in the order the rows lie on disk. */
async function answersOnDisk(id: number, questions: { id: number }[]) {
  const rows = await t.db.query<{ choices: Record<string, number> }>(`SELECT choices FROM survey_answers WHERE survey_id = $1 ORDER BY ctid`, [id]);
  return rows.map((r) => `${r.choices[questions[0]!.id]}/${r.choices[questions[1]!.id]}`);
}

const xmins = async (table: string, id: number) =>
  (await t.db.query<{ xmin: string }>(`SELECT DISTINCT xmin::text AS xmin FROM ${table} WHERE survey_id = $1`, [id])).map((r) => r.xmin);

describe('who answered and what was answered cannot be joined', () => {
  it('stores participation and answers with no shared key and no time of any kind', async () => {
    const columns = await t.db.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_name IN ('survey_participants', 'survey_answers', 'survey_comments') ORDER BY table_name, ordinal_position`,
    );
    const of = (table: string) => columns.filter((c) => c.table_name === table).map((c) => `${c.column_name}:${c.data_type}`);
    expect(of('survey_participants')).toEqual(['survey_id:integer', 'member_id:integer', 'receipt_code:text']);
    expect(of('survey_answers')).toEqual(['id:uuid', 'survey_id:integer', 'branch_id:integer', 'choices:jsonb']);
    expect(of('survey_comments')).toEqual(['id:uuid', 'survey_id:integer', 'question_id:integer', 'body:text']);
    expect(columns.filter((c) => /time|date/.test(c.data_type))).toEqual([]);
  });

  it('leaves no trace of the order of submission: one transaction id on every row, rows in content order, fresh ids', async () => {
    const members = await signedInMembers(t, tree.schoolId, 12);
    const { id, questions } = await runSurvey(ORDER.slice(0, 11), members);
    const idsBefore = (await t.db.query<{ id: string }>(`SELECT id FROM survey_answers WHERE survey_id = $1`, [id])).map((r) => r.id);
    const last = ORDER[11]!;
    const { rating, satisfaction } = ballotOf(last);
    await api.submit(members[last]!.headers, id, customAnswers(questions, rating, satisfaction, '最后一条'));

    // xmin: the last submission rewrote every row, so all rows of all three tables share one
    // transaction id and it singles out no one.
    const [participantXmin] = await xmins('survey_participants', id);
    expect(await xmins('survey_participants', id)).toHaveLength(1);
    expect(await xmins('survey_answers', id)).toEqual([participantXmin]);
    expect(await xmins('survey_comments', id)).toEqual([participantXmin]);

    // ctid: answers lie on disk in the order of their content, comments likewise, participants by member id.
    const onDisk = await answersOnDisk(id, questions);
    const byContent = (await t.db.query<{ c: Record<string, number> }>(`SELECT choices AS c FROM survey_answers WHERE survey_id = $1 ORDER BY choices::text`, [id]))
      .map((r) => `${r.c[questions[0]!.id]}/${r.c[questions[1]!.id]}`);
    expect(onDisk).toEqual(byContent);
    const submitted = ORDER.map((i) => `${ballotOf(i).rating}/${ballotOf(i).satisfaction}`);
    expect(onDisk).not.toEqual(submitted);
    const comments = (await t.db.query<{ body: string }>(`SELECT body FROM survey_comments WHERE survey_id = $1 ORDER BY ctid`, [id])).map((r) => r.body);
    expect(comments).toEqual([...comments].sort());
    const participantIds = (await t.db.query<{ member_id: number }>(`SELECT member_id FROM survey_participants WHERE survey_id = $1 ORDER BY ctid`, [id])).map((r) => r.member_id);
    expect(participantIds).toEqual(members.map((m) => m.member.id).sort((a, b) => a - b));

    // ids: every answer got a new random id, so an id does not tell an old answer from the newest.
    const idsAfter = (await t.db.query<{ id: string }>(`SELECT id FROM survey_answers WHERE survey_id = $1`, [id])).map((r) => r.id);
    expect(idsAfter.filter((x) => idsBefore.includes(x))).toEqual([]);

    // Pairing the n-th participant with the n-th answer, in any stored order, gets nobody right.
    const truth = new Map(members.map((m, i) => [m.member.id, `${ballotOf(i).rating}/${ballotOf(i).satisfaction}`]));
    expect(participantIds.filter((memberId, n) => truth.get(memberId) === onDisk[n])).toEqual([]);
  });

  it('stores the same tables whatever order the same members answered in', async () => {
    const members = await signedInMembers(t, tree.schoolId, 12);
    const forward = await runSurvey(ORDER, members);
    const backward = await runSurvey([...ORDER].reverse(), members);
    expect(await answersOnDisk(forward.id, forward.questions)).toEqual(await answersOnDisk(backward.id, backward.questions));
    const participantsOnDisk = async (id: number) =>
      (await t.db.query<{ member_id: number }>(`SELECT member_id FROM survey_participants WHERE survey_id = $1 ORDER BY ctid`, [id])).map((r) => r.member_id);
    expect(await participantsOnDisk(forward.id)).toEqual(await participantsOnDisk(backward.id));
  });

  it('keeps every stored 分工会 group at none or at least five answers once the evaluation closes', async () => {
    const [chinese, maths] = tree.branchIds as [number, number];
    const id = await api.createOpen(staff, customSurvey());
    const questions = await api.questions(staff, id);
    const answerAs = async (branchId: number, n: number) => {
      for (const m of await signedInMembers(t, tree.schoolId, n, { branchId })) await api.submit(m.headers, id, customAnswers(questions, 3, 0));
    };
    await answerAs(chinese, 6);
    await answerAs(maths, 2);
    const groups = async () =>
      (await t.db.query<{ branch_id: number | null; n: number }>(
        `SELECT branch_id, count(*)::int AS n FROM survey_answers WHERE survey_id = $1 GROUP BY branch_id ORDER BY branch_id NULLS FIRST`,
        [id],
      )).map((g) => [g.branch_id, g.n]);
    expect(await groups()).toEqual([[chinese, 6], [maths, 2]]);
    await api.close(staff, id);
    // Two from 数学组 alone would point at two people; merged with 语文组 they are eight of eight.
    expect(await groups()).toEqual([[null, 8]]);
  });
});
