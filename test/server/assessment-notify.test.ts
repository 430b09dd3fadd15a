import { createTestApp, type TestApp } from '../support/test-app';
import { assessmentApi } from './assessment-fixtures';
import { createCityTree } from './unions-fixtures';

let t: TestApp;
let api: ReturnType<typeof assessmentApi>;
beforeAll(async () => {
  t = await createTestApp();
  api = assessmentApi(t.app);
});
afterAll(() => t.close());

const messagesTo = (unionId: number) =>
  t.db.query<{ title: string; body: string; link: string }>(
    `SELECT n.title, n.body, n.link FROM notifications n JOIN member_roles r ON r.member_id = n.member_id
      WHERE r.union_id = $1 AND r.role = 'supervisor' AND n.kind = 'assessment' ORDER BY n.id`,
    [unionId],
  );

describe('submitting a self-assessment', () => {
  it('tells the reviewing union’s officers once, however often the school taps submit, and nobody else', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    expect((await api.submit(tree.schools[0]!, roundId, tree.schoolIds[0]!)).statusCode).toBe(200);

    const [school] = await t.db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [tree.schoolIds[0]]);
    expect(await messagesTo(tree.districtIds[0]!)).toEqual([
      {
        title: `${school!.name}提交了自评`,
        body: expect.stringContaining('请评审'),
        link: `/packages/assessment/pages/self/index?roundId=${roundId}&schoolId=${tree.schoolIds[0]}`,
      },
    ]);
    // The city above sees the roll-up but does not review this district's round, so it is not called on.
    expect(await messagesTo(tree.cityId)).toEqual([]);
    expect(await messagesTo(tree.districtIds[1]!)).toEqual([]);
  });
});

describe('片组互查 as each side sees it', () => {
  it('lists every pair to the district and only its own task to the reviewing school', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    const [a, b] = tree.schoolIds;
    await api.call('PUT', `/rounds/${roundId}/peers`, tree.districts[0]!, {
      pairs: [
        { schoolId: a, reviewerSchoolId: b },
        { schoolId: b, reviewerSchoolId: a },
      ],
    });
    await api.call('PUT', `/rounds/${roundId}/schools/${a}/peer-review`, tree.schools[1]!, { comment: '台账齐全' });

    const district = (await api.call('GET', `/rounds/${roundId}/peers`, tree.districts[0]!)).json();
    expect(district.canAssign).toBe(true);
    expect(
      district.pairs.map((p: { schoolId: number; reviewerSchoolId: number }) => [p.schoolId, p.reviewerSchoolId]),
    ).toEqual(
      expect.arrayContaining([
        [a, b],
        [b, a],
      ]),
    );
    expect(district.pairs).toHaveLength(2);

    const reviewer = (await api.call('GET', `/rounds/${roundId}/peers`, tree.schools[1]!)).json();
    expect(reviewer.canAssign).toBe(false);
    expect(reviewer.pairs).toEqual([
      expect.objectContaining({ schoolId: a, reviewerSchoolId: b, comment: '台账齐全' }),
    ]);

    expect((await api.call('GET', `/rounds/${roundId}/peers`, tree.city)).json().pairs).toHaveLength(2);
    expect((await api.call('GET', `/rounds/${roundId}/peers`, tree.districts[1]!)).statusCode).toBe(404);
    const stranger = await api.call('GET', `/rounds/${roundId}/peers`, tree.schools[2]!);
    expect([stranger.statusCode, stranger.json().message]).toEqual([404, '评家不存在']);
  });
});
