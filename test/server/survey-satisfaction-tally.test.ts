/**
 * The 满意率 counts the roll-ups read (survey_satisfaction_tallies, migration 081) are kept by the
 * database as answers are written and removed, so they always equal counting the answers themselves.
 */
import { surveyRepository } from '../../server/src/routes/survey';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { beijingDay, customAnswers, signedInMembers, surveyApi } from './survey-fixtures';

let t: TestApp;
let api: ReturnType<typeof surveyApi>;

beforeAll(async () => {
  t = await createTestApp();
  api = surveyApi(t.app);
});
afterAll(() => t.close());

/** The roll-up's counts for the school and the counts taken from the answers, side by side. */
async function bothCounts(districtId: number, schoolId: number, surveyId: number) {
  const repo = surveyRepository(t.db);
  const year = Number(beijingDay(0).slice(0, 4));
  const row = (await repo.rollupOf(districtId, year)).find((r) => r.unionId === schoolId)!;
  const recount = await repo.satisfactionCounts(surveyId);
  return {
    rollup: { satisfied: row.satisfied, basic: row.basic, unsatisfied: row.unsatisfied },
    answers: { satisfied: recount!.satisfied, basic: recount!.basic, unsatisfied: recount!.unsatisfied },
  };
}

it('keeps the roll-up’s 满意率 counts equal to the answers through releases, a second batch and deletions', async () => {
  const tree = await createUnionTree(t.db);
  const staff = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'] }));
  const id = await api.createOpen(staff);
  // Nothing counted yet: a survey with a satisfaction question shows zeros, as counting would.
  expect(await bothCounts(tree.districtId, tree.schoolId, id)).toEqual({
    rollup: { satisfied: 0, basic: 0, unsatisfied: 0 },
    answers: { satisfied: 0, basic: 0, unsatisfied: 0 },
  });

  // Twelve answers: ten sealed release five (one statement), the close releases the other seven.
  const satisfaction = [0, 0, 1, 2, 0, 1, 0, 2, 0, 0, 1, null];
  for (const [i, m] of (await signedInMembers(t, tree.schoolId, satisfaction.length)).entries())
    await api.submit(m.headers, id, customAnswers(await api.questions(m.headers, id), 4, satisfaction[i]!));
  const midway = await bothCounts(tree.districtId, tree.schoolId, id);
  expect(midway.rollup).toEqual(midway.answers);
  expect(midway.answers.satisfied + midway.answers.basic + midway.answers.unsatisfied).toBeGreaterThanOrEqual(5);

  await api.close(staff, id);
  const closed = await bothCounts(tree.districtId, tree.schoolId, id);
  expect(closed).toEqual({
    rollup: { satisfied: 6, basic: 3, unsatisfied: 2 },
    answers: { satisfied: 6, basic: 3, unsatisfied: 2 },
  });

  // Answers removed (as a survey's deletion cascades to them) leave the counts.
  await t.db.query(
    `DELETE FROM survey_answers WHERE id IN (
       SELECT a.id FROM survey_answers a JOIN survey_questions q ON q.survey_id = a.survey_id AND q.satisfaction
        WHERE a.survey_id = $1 AND a.choices ? q.id::text ORDER BY a.id LIMIT 4)`,
    [id],
  );
  const after = await bothCounts(tree.districtId, tree.schoolId, id);
  expect(after.rollup).toEqual(after.answers);
  expect(after.answers.satisfied + after.answers.basic + after.answers.unsatisfied).toBe(7);
});
