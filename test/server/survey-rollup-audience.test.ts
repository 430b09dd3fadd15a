/**
 * The roll-up counts each school's members, audience and turnout in one pass over the school's members
 * and the survey's participants (rollup-repository.ts). Its figures must be the survey's own: the
 * audience as AUDIENCE_COUNT counts it (those in it now, plus those who answered and have since left
 * it, by leaving the union or moving out of the chosen 分工会), whatever the survey reaches.
 */
import { surveyRepository } from '../../server/src/routes/survey';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { beijingDay, customAnswers, customSurvey, signedInMembers, surveyApi } from './survey-fixtures';

let t: TestApp;
let api: ReturnType<typeof surveyApi>;

beforeAll(async () => {
  t = await createTestApp();
  api = surveyApi(t.app);
});
afterAll(() => t.close());

const year = () => Number(beijingDay(0).slice(0, 4));

/** A school of two 分工会 whose members answer a survey, then some leave the union or move. */
async function schoolWhereMembersMoved(branches: 'first' | 'all') {
  const tree = await createUnionTree(t.db);
  const [first, second] = tree.branchIds as [number, number];
  const staff = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'], branchId: first }));
  const id = await api.createOpen(staff, customSurvey({ branchIds: branches === 'first' ? [first] : [] }));
  const answering = await signedInMembers(t, tree.schoolId, 6, { branchId: first });
  for (const m of answering) {
    const response = await api.submit(m.headers, id, customAnswers(await api.questions(m.headers, id), 4, 0));
    expect(response.statusCode).toBe(201);
  }
  await signedInMembers(t, tree.schoolId, 2, { branchId: second });
  await signedInMembers(t, tree.schoolId, 1, { branchId: first });
  // After answering: one leaves the union, one moves to the other 分工会.
  await t.db.query(`UPDATE members SET status = 'left' WHERE id = $1`, [answering[0]!.member.id]);
  await t.db.query(`UPDATE members SET branch_id = $2 WHERE id = $1`, [answering[1]!.member.id, second]);
  // One of another school answers nothing here and counts nowhere in this school.
  await createMember(t.db, tree.otherSchoolId);
  return { tree, id };
}

async function rollupRow(districtId: number, schoolId: number) {
  const rows = await surveyRepository(t.db).rollupOf(districtId, year());
  return rows.find((r) => r.unionId === schoolId)!;
}

it('counts a survey of one 分工会 as the survey does, members who left or moved after answering included', async () => {
  const { tree, id } = await schoolWhereMembersMoved('first');
  const row = await rollupRow(tree.districtId, tree.schoolId);
  const own = await surveyRepository(t.db).turnout(id);
  // Active in the school: staff, 5 of the 6 who answered, 2 + 1 who did not.
  // Audience now: staff, 4 answerers still in the first 分工会, 1 who did not answer; plus the 2 who answered and left it.
  expect({ members: row.schoolMembers, audience: row.audience, answered: row.answered }).toEqual({
    members: 9,
    audience: 8,
    answered: 6,
  });
  expect({ audience: row.audience, answered: row.answered }).toEqual(own);
});

it('counts a survey of the whole school as the survey does, and a school without one by its members alone', async () => {
  const { tree, id } = await schoolWhereMembersMoved('all');
  const row = await rollupRow(tree.districtId, tree.schoolId);
  const own = await surveyRepository(t.db).turnout(id);
  // Audience now: the 9 active members (the one who moved is still in the school); plus the 1 who left.
  expect({ members: row.schoolMembers, audience: row.audience, answered: row.answered }).toEqual({
    members: 9,
    audience: 10,
    answered: 6,
  });
  expect({ audience: row.audience, answered: row.answered }).toEqual(own);

  const other = await rollupRow(tree.districtId, tree.otherSchoolId);
  expect(other).toMatchObject({ schoolMembers: 1, surveyId: null, audience: null, answered: 0, satisfied: null });
});
