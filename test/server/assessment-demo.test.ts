import { markAsDemo, seedDemo } from '../../server/src/seed/demo';
import { signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await markAsDemo(t.db);
  await seedDemo(t.db);
});
afterAll(() => t.close());

const get = async (url: string, staffNo: string) =>
  (await t.app.inject({ method: 'GET', url, headers: await signIn(t.app, { staffNo }) })).json();

describe('the 建家评家 and 送温暖 demo data', () => {
  it('puts a city above the district, with the city’s round in progress that both can roll up', async () => {
    const tree = await get('/api/unions', 'C0001');
    expect(tree.items.map((u: { name: string; depth: number }) => [u.name, u.depth])).toEqual([
      ['江城市教育工会', 0],
      ['新城区教育工会', 1],
      ['新城区实验小学工会', 2],
      ['新城区第二中学工会', 2],
    ]);
    const [round] = (await get('/api/assessment/rounds', 'Q0001')).items;
    expect(round).toMatchObject({ unionName: '江城市教育工会', phase: 'open', canReview: false, totalPoints: 100 });
    expect((await get('/api/assessment/rounds', 'C0001')).items[0]).toMatchObject({ id: round.id, canReview: true });
    const district = await get(`/api/assessment/rounds/${round.id}/rollup`, 'Q0001');
    expect(district.schools.map((s: { status: string }) => s.status)).toEqual(['draft', 'submitted']);
    expect((await get(`/api/assessment/rounds/${round.id}/rollup`, 'C0001')).totals).toMatchObject({
      schools: 2,
      submitted: 1,
    });
    const self = await get(`/api/assessment/rounds/${round.id}/schools/${district.schools[0].unionId}`, 'S1002');
    expect([self.editable, self.selfTotal]).toEqual([true, 16]);
  });

  it('gives 实验小学 this year’s visits and two 困难职工', async () => {
    const records = await get('/api/care/records', 'S1002');
    expect(records.items.map((r: { kindLabel: string }) => r.kindLabel)).toEqual(
      expect.arrayContaining(['住院慰问', '退休慰问', '金秋助学']),
    );
    expect((await get('/api/care/hardship', 'S1002')).items).toHaveLength(2);
    expect((await get('/api/care/summary', 'C0001')).totals.count).toBe(5);
  });
});
