import { signIn } from '../support/factories';
import { careHelpers, careSuite, YEAR } from './care-fixtures';
import { beijingDay } from './survey-fixtures';

const { t } = careSuite();
const { call, visit, count, school } = careHelpers(t);

describe('the member’s own data', () => {
  it('shows the member the care they received, and erasure keeps the totals while clearing staff’s note and the hardship flag', async () => {
    const { staff, member } = await school();
    await call('POST', '/records', staff, visit(member.id));
    await call('PUT', `/hardship/${member.id}`, staff, { cause: '家庭困难', reviewOn: beijingDay(30) });
    const headers = await signIn(t.app, member);
    const response = await t.app.inject({ method: 'GET', url: '/api/me/privacy', headers });
    if (response.statusCode !== 200) throw new Error(response.body);
    const data = response.json();
    const care = data.sections.find((s: { key: string }) => s.key === 'careReceived');
    expect(care.count).toBe(1);
    expect(care.items[0]).toMatchObject({ title: '住院慰问', detail: '王建国、李秀梅 · 500 元 · 水果、鲜花' });
    expect(JSON.stringify(data)).not.toContain('术后恢复良好');
    expect(JSON.stringify(data)).not.toContain('家庭困难');

    const before = (await call('GET', `/summary?year=${YEAR}`, staff)).json().totals;
    const erase = await t.app.inject({
      method: 'DELETE',
      url: '/api/me/privacy/account',
      headers,
      payload: { confirm: true },
    });
    expect(erase.statusCode).toBeLessThan(300);
    expect((await call('GET', `/summary?year=${YEAR}`, staff)).json().totals).toEqual(before);
    expect(await t.db.query(`SELECT note FROM care_records WHERE member_id = $1`, [member.id])).toEqual([{ note: '' }]);
    expect(await count(`hardship_members WHERE member_id = $1`, [member.id])).toBe(0);
  });
});
