import { createMember, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { customAnswers, signedInMembers, surveyApi } from './survey-fixtures';
import { createCityTree } from './unions-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ids = (rows: { unionId: number }[]) => rows.map((r) => r.unionId);

describe('unions of any depth', () => {
  it('keeps the tree shape in the database: schools and branches always hang under the right kind of union', async () => {
    const tree = await createCityTree(t);
    const refuse = (kind: string, parentId: number | null) =>
      expect(
        t.db.query(`INSERT INTO unions (kind, name, parent_id) VALUES ($1, '错位工会', $2)`, [kind, parentId]),
      ).rejects.toThrow();
    await refuse('school', null);
    await refuse('branch', tree.districtIds[0]!);
    await refuse('district', tree.schoolIds[0]!);
    await refuse('city', tree.districtIds[0]!);
    // Nor may a union be moved under its own descendant.
    await expect(
      t.db.query(`UPDATE unions SET parent_id = $1 WHERE id = $2`, [tree.districtIds[0], tree.cityId]),
    ).rejects.toThrow();
    const [sub] = await t.db.query<{ id: number }>(
      `INSERT INTO unions (kind, name, parent_id) VALUES ('district', '街道片区', $1) RETURNING id`,
      [tree.districtIds[0]],
    );
    expect(sub!.id).toBeGreaterThan(0);
  });

  it('lists the whole tree below an upper union, and nothing of a neighbour', async () => {
    const tree = await createCityTree(t);
    const city = (await t.app.inject({ method: 'GET', url: '/api/unions', headers: tree.city })).json<{
      items: { id: number; depth: number }[];
    }>();
    expect(city.items.map((u) => u.id)).toEqual([tree.cityId, ...tree.districtIds, ...tree.schoolIds]);
    expect(city.items.map((u) => u.depth)).toEqual([0, 1, 1, 2, 2, 2, 2]);
    const district = (await t.app.inject({ method: 'GET', url: '/api/unions', headers: tree.districts[1]! })).json<{
      items: { id: number }[];
    }>();
    expect(district.items.map((u) => u.id)).toEqual([tree.districtIds[1], tree.schoolIds[2], tree.schoolIds[3]]);
    const school = await t.app.inject({ method: 'GET', url: '/api/unions', headers: tree.schools[0]! });
    expect([school.statusCode, school.json().message]).toEqual([403, '只有上级工会可以查看下属工会']);
  });

  it('creates a school under a district of its own tree once, however often the form is sent', async () => {
    const tree = await createCityTree(t);
    const body = { parentId: tree.districtIds[0], kind: 'school', name: '甲区新建实验学校工会' };
    const first = await t.app.inject({ method: 'POST', url: '/api/unions', headers: tree.city, payload: body });
    const again = await t.app.inject({ method: 'POST', url: '/api/unions', headers: tree.city, payload: body });
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
    expect((await t.db.query(`SELECT id FROM unions WHERE name = $1`, [body.name])).length).toBe(1);

    const other = await t.app.inject({
      method: 'POST',
      url: '/api/unions',
      headers: tree.districts[1]!,
      payload: body,
    });
    expect([other.statusCode, other.json().message]).toEqual([404, '上级工会不存在，或不在本工会之下']);
    const underSchool = await t.app.inject({
      method: 'POST',
      url: '/api/unions',
      headers: tree.city,
      payload: { ...body, parentId: tree.schoolIds[0] },
    });
    expect([underSchool.statusCode, underSchool.json().message]).toEqual([400, '学校工会之下不能新建学校工会']);
    const blank = await t.app.inject({
      method: 'POST',
      url: '/api/unions',
      headers: tree.city,
      payload: { ...body, name: '  ' },
    });
    expect([blank.statusCode, blank.json().message]).toEqual([400, '请填写工会名称']);
    const bySchool = await t.app.inject({
      method: 'POST',
      url: '/api/unions',
      headers: tree.schools[0]!,
      payload: body,
    });
    expect(bySchool.statusCode).toBe(403);
  });

  it('lets a city supervisor run the city union’s own roster, as a district supervisor does', async () => {
    const tree = await createCityTree(t);
    const member = await createMember(t.db, tree.cityId, { name: '市工会干部' });
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/members', headers: tree.city });
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json())).toContain(member.name);
  });
});

describe('the evaluation roll-up at every level', () => {
  it('counts the schools of both districts for the city, and only its own for each district, with the rule of five', async () => {
    const tree = await createCityTree(t);
    const api = surveyApi(t.app);
    // School 0 (district 甲) and school 2 (district 乙) get five answers each; school 3 only three.
    for (const [index, answers] of [
      [0, 5],
      [2, 5],
      [3, 3],
    ] as const) {
      const survey = await api.createOpen(tree.schools[index]!);
      for (const m of await signedInMembers(t, tree.schoolIds[index]!, answers)) {
        await api.submit(m.headers, survey, customAnswers(await api.questions(m.headers, survey), 4, 0));
      }
      // Sealed answers are counted in random batches of five or more; closing counts them all.
      expect((await api.close(tree.schools[index]!, survey)).statusCode).toBe(200);
    }
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const city = (await api.call('GET', `/api/surveys/rollup?year=${year}`, tree.city)).json();
    expect(ids(city.schools)).toEqual(tree.schoolIds);
    expect(city.schools.map((s: { insufficient: boolean }) => s.insufficient)).toEqual([false, false, false, true]);
    expect(city.totals).toMatchObject({
      answered: 10,
      satisfactionRate: 100,
      schoolsCounted: 2,
      schoolsInsufficient: 1,
    });
    const district = (await api.call('GET', `/api/surveys/rollup?year=${year}`, tree.districts[1]!)).json();
    expect(ids(district.schools)).toEqual(tree.schoolIds.slice(2));
    expect(district.totals).toMatchObject({ answered: 5, schoolsCounted: 1, schoolsInsufficient: 1 });
    expect(district.schools[0].parentName).toMatch(/^乙区教育工会/);
  });

  it('still refuses school officers', async () => {
    const tree = await createCityTree(t);
    const chair = await signIn(t.app, await createMember(t.db, tree.schoolIds[0]!, { roles: ['chair'] }));
    const res = await t.app.inject({ method: 'GET', url: '/api/surveys/rollup', headers: chair });
    expect([res.statusCode, res.json().message]).toEqual([403, '只有上级工会可以查看各校评议汇总']);
  });
});
