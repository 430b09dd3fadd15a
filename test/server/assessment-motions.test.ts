import { createMember, signIn } from '../support/factories';
import { assessmentApi } from './assessment-fixtures';
import { act, congressHelpers, congressSuite, resetClock, standAt } from './congress-fixtures';
import { beijingDay } from './survey-fixtures';

const { t, w } = congressSuite();
const { submitted } = congressHelpers(t, w);

describe('the motions figure of the self-assessment', () => {
  it('counts motions, accepted, answered on time and satisfaction exactly as the annual workbook does', async () => {
    const answered = await submitted('增设教工午休室');
    const waiting = await submitted('校门口增设减速带');
    await submitted('食堂延长供餐时间');
    standAt('2030-03-22');
    for (const id of [answered, waiting])
      await act(t.app, w.committee.headers, id, 'review', { decision: 'accept', departmentId: w.departmentId });
    standAt('2030-04-01');
    expect((await act(t.app, w.staff.headers, answered, 'reply', { body: '三楼 305 改为午休室' })).statusCode).toBe(
      200,
    );
    expect((await act(t.app, w.delegates[0]!.headers, answered, 'rating', { rating: 'satisfied' })).statusCode).toBe(
      200,
    );
    resetClock();

    const district = await signIn(t.app, await createMember(t.db, w.tree.districtId, { roles: ['supervisor'] }));
    const api = assessmentApi(t.app);
    await api.call('PUT', '/standard', district, {
      items: [
        { key: 'dem-1', area: '民主管理', title: '提案及时答复', points: 8, evidence: '提案答复', figure: 'motions' },
      ],
    });
    const round = await api.call('POST', '/rounds', district, {
      year: 2030,
      title: '2030年度建家评家',
      opensOn: beijingDay(-1),
      closesOn: beijingDay(10),
    });
    expect(round.statusCode).toBe(201);
    const figures = (await api.get(w.staff.headers, round.json().id, w.tree.schoolId)).json().items[0].figures;

    const annual = (
      await t.app.inject({
        method: 'GET',
        url: '/api/admin/annual-report/contents?year=2030',
        headers: w.staff.headers,
      })
    ).json();
    const workbook = annual.figures
      .filter((f: { section: string }) => f.section === '教代会提案')
      .map((f: { label: string; value: number }) => ({
        label: f.label.replace(/（.+）$/, ''),
        value: f.value,
        unit: /（(.+)）$/.exec(f.label)![1],
      }));
    expect(figures).toEqual(workbook);
    expect(figures.map((f: { label: string; value: number }) => [f.label, f.value])).toEqual([
      ['提案', 3],
      ['立案', 2],
      ['按期答复', 1],
      ['答复满意率', 100],
    ]);
  });
});
