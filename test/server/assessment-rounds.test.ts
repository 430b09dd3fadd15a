import { createMember, signIn } from '../support/factories';
import { assessmentSuite, rowCounter, SMALL_STANDARD, YEAR } from './assessment-fixtures';
import { beijingDay } from './survey-fixtures';
import { createCityTree } from './unions-fixtures';

const { t, api } = assessmentSuite();
const count = rowCounter(t);

describe('the standard', () => {
  it('starts from the built-in standard, which a district inherits from its city once the city adapts it', async () => {
    const tree = await createCityTree(t);
    const builtin = (await api.call('GET', '/standard', tree.districts[0]!)).json();
    expect(builtin.source).toBe('builtin');
    expect(builtin.totalPoints).toBe(100);
    expect(new Set(builtin.items.map((i: { area: string }) => i.area))).toEqual(
      new Set(['组织建设', '民主管理', '维权服务', '职工之家阵地', '文体活动', '会员评议']),
    );

    expect((await api.call('PUT', '/standard', tree.city, SMALL_STANDARD)).statusCode).toBe(200);
    const inherited = (await api.call('GET', '/standard', tree.districts[0]!)).json();
    expect([inherited.source, inherited.totalPoints]).toEqual(['inherited', 15]);
    expect((await api.call('GET', '/standard', tree.city)).json().source).toBe('own');
  });

  it('refuses a standard with a repeated item, in Chinese, and keeps the old one', async () => {
    const tree = await createCityTree(t);
    await api.call('PUT', '/standard', tree.districts[0]!, SMALL_STANDARD);
    const twice = { items: [SMALL_STANDARD.items[0], { ...SMALL_STANDARD.items[1], key: 'rig-3' }] };
    const res = await api.call('PUT', '/standard', tree.districts[0]!, twice);
    expect([res.statusCode, res.json().message]).toEqual([400, '第 2 条的编号「rig-3」与前面的条目重复']);
    expect((await api.call('GET', '/standard', tree.districts[0]!)).json().items).toEqual(SMALL_STANDARD.items);
    const bySchool = await api.call('PUT', '/standard', tree.schools[0]!, SMALL_STANDARD);
    expect([bySchool.statusCode, bySchool.json().message]).toEqual([403, '只有上级工会可以查看和修订评价标准']);
  });
});

describe('opening a round', () => {
  it('opens one round a year however often it is sent, and names the conflict when the title differs', async () => {
    const tree = await createCityTree(t);
    const id = await api.openRound(tree.districts[0]!);
    const again = await api.call('POST', '/rounds', tree.districts[0]!, {
      year: YEAR,
      title: `${YEAR}年度建家评家`,
      opensOn: beijingDay(-1),
      closesOn: beijingDay(10),
    });
    expect([again.statusCode, again.json().id]).toEqual([200, id]);
    const other = await api.call('POST', '/rounds', tree.districts[0]!, {
      year: YEAR,
      title: '另一次',
      opensOn: beijingDay(-1),
      closesOn: beijingDay(10),
    });
    expect([other.statusCode, other.json().message]).toEqual([
      409,
      `本工会${YEAR}年度的建家评家已经开启（${YEAR}年度建家评家）`,
    ]);
    const backwards = await api.call('POST', '/rounds', tree.districts[1]!, {
      year: YEAR,
      title: '评家',
      opensOn: beijingDay(3),
      closesOn: beijingDay(1),
    });
    expect([backwards.statusCode, backwards.json().message]).toEqual([400, '截止日期不能早于开始日期']);
    expect(await count(`assessment_rounds WHERE union_id = ANY($1::int[])`, [tree.districtIds])).toBe(1);
    const bySchool = await api.call('POST', '/rounds', tree.schools[0]!, {
      year: YEAR,
      title: '评家',
      opensOn: beijingDay(0),
      closesOn: beijingDay(1),
    });
    expect(bySchool.statusCode).toBe(403);
  });

  it('shows the round to the schools below the district and not to the neighbour district’s schools or members', async () => {
    const tree = await createCityTree(t);
    const id = await api.openRound(tree.districts[0]!);
    const ids = async (headers: Record<string, string>) =>
      (await api.call('GET', '/rounds', headers)).json().items.map((r: { id: number }) => r.id);
    expect(await ids(tree.schools[0]!)).toEqual([id]);
    expect(await ids(tree.schools[2]!)).toEqual([]);
    expect(await ids(tree.city)).toEqual([id]);
    const member = await signIn(t.app, await createMember(t.db, tree.schoolIds[0]!));
    expect((await api.call('GET', '/rounds', member)).statusCode).toBe(403);
  });
});
