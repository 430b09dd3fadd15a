import { createMember } from '../support/factories';
import { careHelpers, careSuite, YEAR } from './care-fixtures';

const { t } = careSuite();
const { call, visit, school } = careHelpers(t);

describe('yearly totals', () => {
  it('adds up by kind for the school, as the annual workbook does, and by school for the city, without names', async () => {
    const { tree, staff, member } = await school();
    await call('POST', '/records', staff, visit(member.id, { amount: 500 }));
    await call('POST', '/records', staff, visit(member.id, { kind: 'festival', amount: 300.5 }));
    await call('POST', '/records', staff, visit(member.id, { kind: 'education', amount: 1000 }));
    const other = await createMember(t.db, tree.schoolIds[3]!);
    await call('POST', '/records', tree.schools[3]!, visit(other.id, { kind: 'retirement', amount: 200 }));

    const mine = (await call('GET', `/summary?year=${YEAR}`, staff)).json();
    expect(mine.totals).toEqual({ count: 3, amount: 1800.5 });
    expect(mine.byKind.map((k: { label: string }) => k.label).sort()).toEqual(
      ['住院慰问', '节日慰问', '金秋助学'].sort(),
    );
    const annual = (
      await t.app.inject({ method: 'GET', url: `/api/admin/annual-report/contents?year=${YEAR}`, headers: staff })
    ).json();
    const figure = (label: string) => annual.figures.find((f: { label: string }) => f.label === label).value;
    expect([
      figure('五必访（次）'),
      figure('节日慰问（次）'),
      figure('助学（次）'),
      figure('慰问合计（次）'),
      figure('慰问金额（元）'),
    ]).toEqual([1, 1, 1, 3, 1800.5]);

    const city = await call('GET', `/summary?year=${YEAR}`, tree.city);
    expect(city.json().totals).toEqual({ count: 4, amount: 2000.5 });
    expect(city.json().schools.map((s: { count: number }) => s.count)).toEqual([3, 0, 0, 1]);
    expect(city.json().byGroup.find((g: { group: string }) => g.group === 'five_visits')).toMatchObject({
      label: '五必访',
      count: 2,
      amount: 700,
    });
    expect(city.body).not.toContain('住院的老师');
    const district = (await call('GET', `/summary?year=${YEAR}`, tree.districts[1]!)).json();
    expect(district.totals).toEqual({ count: 1, amount: 200 });
  });
});
