import { assessmentSuite, rowCounter, YEAR } from './assessment-fixtures';
import { createCityTree } from './unions-fixtures';

const { t, api } = assessmentSuite();
const count = rowCounter(t);

describe('the upper union’s review', () => {
  it('lets only the union that opened the round review; the city above it may look but not review', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    for (const headers of [tree.city, tree.schools[0]!]) {
      const res = await api.accept(headers, roundId, tree.schoolIds[0]!);
      expect([res.statusCode, res.json().message]).toEqual([403, '只有开启本次评家的上级工会可以评审']);
    }
    expect((await api.get(tree.city, roundId, tree.schoolIds[0]!)).json().reviewable).toBe(false);
    expect((await api.accept(tree.districts[1]!, roundId, tree.schoolIds[0]!)).statusCode).toBe(403);
    expect(await count(`self_assessments WHERE round_id = $1 AND status = 'submitted'`, [roundId])).toBe(1);
  });

  it('returns for changes, takes the school’s corrections, then accepts with a result the round offers', async () => {
    const tree = await createCityTree(t);
    const district = tree.districts[0]!;
    const roundId = await api.openRound(district);
    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    const bare = await api.review(district, roundId, tree.schoolIds[0]!, {
      decision: 'return',
      items: [],
      comment: ' ',
    });
    expect([bare.statusCode, bare.json().message]).toEqual([400, '退回时请在总体意见中写明需要修改的地方']);
    const returned = await api.review(district, roundId, tree.schoolIds[0]!, {
      decision: 'return',
      items: [{ key: 'org-1', score: 3, comment: '缺少女工委名单' }],
      comment: '请补充组织建设材料',
    });
    expect([returned.statusCode, returned.json().status]).toEqual([200, 'returned']);
    const schoolView = (await api.get(tree.schools[0]!, roundId, tree.schoolIds[0]!)).json();
    expect([schoolView.editable, schoolView.reviewComment, schoolView.items[1].reviewComment]).toEqual([
      true,
      '请补充组织建设材料',
      '缺少女工委名单',
    ]);
    const message = await t.db.query<{ title: string }>(
      `SELECT n.title FROM notifications n JOIN member_roles r ON r.member_id = n.member_id WHERE r.union_id = $1 AND n.kind = 'assessment'`,
      [tree.schoolIds[0]],
    );
    expect(message.map((m) => m.title)).toEqual([`${YEAR}年度建家评家：自评被退回修改`]);

    await api.save(tree.schools[0]!, roundId, tree.schoolIds[0]!, 'org-1', 5, '已补充女工委名单');
    expect((await api.submit(tree.schools[0]!, roundId, tree.schoolIds[0]!)).json().status).toBe('submitted');
    const wrongResult = await api.accept(district, roundId, tree.schoolIds[0]!, '特等');
    expect([wrongResult.statusCode, wrongResult.json().message]).toEqual([400, '请选择评定等次：合格、先进、示范']);
    const partial = await api.review(district, roundId, tree.schoolIds[0]!, {
      decision: 'accept',
      result: '先进',
      comment: '',
      items: [{ key: 'rig-3', score: 8, comment: '' }],
    });
    expect([partial.statusCode, partial.json().message]).toEqual([400, '还有 1 条未评分，评定前请逐条评分']);
    const accepted = await api.accept(district, roundId, tree.schoolIds[0]!);
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      result: '先进',
      reviewTotal: 13,
      editable: false,
      reviewable: false,
    });
    const again = await api.accept(district, roundId, tree.schoolIds[0]!);
    expect(again.statusCode).toBe(200);
    expect(
      await count(`audit_log WHERE action = 'assessment.self.accept' AND union_id = $1`, [tree.districtIds[0]]),
    ).toBe(1);
  });
});

describe('片组互查', () => {
  it('lets the district pair schools, and the assigned school read and comment on the other’s self-assessment', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    const peers = (pairs: object[], headers = tree.districts[0]!) =>
      api.call('PUT', `/rounds/${roundId}/peers`, headers, { pairs });
    const outside = await peers([{ schoolId: tree.schoolIds[0], reviewerSchoolId: tree.schoolIds[2] }]);
    expect([outside.statusCode, outside.json().message]).toEqual([400, '互查的学校须是本工会之下、参加本次评家的学校']);
    expect((await peers([{ schoolId: tree.schoolIds[0], reviewerSchoolId: tree.schoolIds[1] }])).json()).toEqual({
      pairs: 1,
    });
    expect((await peers([{ schoolId: tree.schoolIds[0], reviewerSchoolId: tree.schoolIds[1] }])).json()).toEqual({
      pairs: 1,
    });
    expect(await count(`assessment_peer_reviews WHERE round_id = $1`, [roundId])).toBe(1);

    const url = `/rounds/${roundId}/schools/${tree.schoolIds[0]}/peer-review`;
    // The page shows the comment form by this field: the peer school, not the school itself or the district.
    const seenBy = async (headers: Record<string, string>) =>
      (await api.get(headers, roundId, tree.schoolIds[0]!)).json().viewer;
    expect([await seenBy(tree.schools[1]!), await seenBy(tree.schools[0]!), await seenBy(tree.districts[0]!)]).toEqual([
      'peer',
      'school',
      'reviewer',
    ]);
    expect((await api.call('PUT', url, tree.schools[1]!, { comment: '阵地建设有特色' })).json().peerReviews).toEqual([
      expect.objectContaining({ reviewerUnionId: tree.schoolIds[1], comment: '阵地建设有特色' }),
    ]);
    // Saving the arrangement again keeps the comment of a pair it keeps, and drops a pair it leaves out.
    expect((await peers([{ schoolId: tree.schoolIds[0], reviewerSchoolId: tree.schoolIds[1] }])).statusCode).toBe(200);
    expect((await api.get(tree.districts[0]!, roundId, tree.schoolIds[0]!)).json().peerReviews).toEqual([
      expect.objectContaining({ reviewerUnionId: tree.schoolIds[1], comment: '阵地建设有特色' }),
    ]);
    expect((await api.call('PUT', url, tree.schools[0]!, { comment: '自己评自己' })).statusCode).toBe(403);
    expect((await api.save(tree.schools[1]!, roundId, tree.schoolIds[0]!, 'rig-3', 1)).statusCode).toBe(403);
    expect((await peers([])).json()).toEqual({ pairs: 0 });
    expect(await count(`assessment_peer_reviews WHERE round_id = $1`, [roundId])).toBe(0);
  });
});
