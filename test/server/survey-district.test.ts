import { createMember, signIn } from '../support/factories';
import { beijingDay, customAnswers, signedInMembers, surveyHelpers, surveySuite } from './survey-fixtures';

const { t, api } = surveySuite();
const { school } = surveyHelpers(t);

describe('the district roll-up', () => {
  it('shows each school’s 参评率 and 满意率 and the totals, leaving out schools under five', async () => {
    const { tree, staff } = await school();
    const otherStaff = await signIn(t.app, await createMember(t.db, tree.otherSchoolId, { roles: ['chair'] }));
    const supervisor = await signIn(t.app, await createMember(t.db, tree.districtId, { roles: ['supervisor'] }));
    const big = await api.createOpen(staff);
    for (const [i, m] of (await signedInMembers(t, tree.schoolId, 6)).entries()) {
      await api.submit(m.headers, big, customAnswers(await api.questions(m.headers, big), 4, [0, 0, 1, 1, 0, 2][i]!));
    }
    const small = await api.createOpen(otherStaff);
    for (const m of await signedInMembers(t, tree.otherSchoolId, 2)) {
      await api.submit(m.headers, small, customAnswers(await api.questions(m.headers, small), 1, 2));
    }
    await api.close(staff, big); // answers are counted in batches; all of them at close
    await api.close(otherStaff, small);
    const year = Number(beijingDay(-1).slice(0, 4));
    const rollup = (await api.call('GET', `/api/surveys/rollup?year=${year}`, supervisor)).json();
    expect(rollup.schools).toEqual([
      expect.objectContaining({
        unionId: tree.schoolId,
        audience: 7,
        answered: 6,
        turnoutRate: 85.7,
        satisfactionRate: 83.3,
        passed: false,
        insufficient: false,
      }),
      expect.objectContaining({
        unionId: tree.otherSchoolId,
        audience: 3,
        answered: null,
        turnoutRate: null,
        satisfactionRate: null,
        insufficient: true,
      }),
    ]);
    expect(rollup.totals).toEqual({
      audience: 7,
      answered: 6,
      turnoutRate: 85.7,
      satisfactionRate: 83.3,
      passed: false,
      schoolsCounted: 1,
      schoolsInsufficient: 1,
    });
    expect(JSON.stringify(rollup)).not.toMatch(/choices|texts|memberId/);
    expect((await api.call('GET', '/api/surveys/rollup', staff)).json().message).toBe(
      '只有上级工会可以查看各校评议汇总',
    );
    expect((await api.results(supervisor, big)).statusCode).toBe(404);
  });
});
