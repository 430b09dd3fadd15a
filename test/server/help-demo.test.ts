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

describe('the help demo data', () => {
  it('gives 李秀梅 a queue with a case to accept, an overdue case and a 回访 due today', async () => {
    const staff = await signIn(t.app, { staffNo: 'S1002' });
    const summary = (await t.app.inject({ method: 'GET', url: '/api/help/summary', headers: staff })).json();
    expect(summary).toMatchObject({ submitted: 1, overdue: 1, waitingMember: 1, visitsDue: 1, visitsOverdue: 0 });
    const queue = (await t.app.inject({ method: 'GET', url: '/api/help/cases', headers: staff })).json();
    expect(queue.items[0]).toMatchObject({ title: '孩子入学报名材料咨询', overdue: true, handlerName: '李秀梅' });
    const statuses = queue.items.map((c: { status: string }) => c.status).sort();
    expect(statuses).toEqual(['accepted', 'closed', 'in_progress', 'resolved', 'submitted', 'waiting_member']);
    expect(queue.items.find((c: { title: string }) => c.title === '建议延长职工书屋开放时间')).toMatchObject({
      anonymous: true,
      memberName: null,
    });
    const visits = (await t.app.inject({ method: 'GET', url: '/api/help/visits', headers: staff })).json();
    expect(visits.items).toEqual([expect.objectContaining({ requestTitle: '家中老房漏雨急需维修', overdue: false })]);
  });

  it('shows 张丽华 her case with the handler’s reply and not the internal note', async () => {
    const member = await signIn(t.app, { staffNo: 'S1005' });
    const [mine] = (await t.app.inject({ method: 'GET', url: '/api/help/requests/mine', headers: member })).json()
      .items;
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/help/requests/${mine.id}`, headers: member })
    ).json();
    expect(detail).toMatchObject({ title: '母亲住院，医疗费用压力大', status: 'in_progress', handlerName: '李秀梅' });
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'accepted', 'started', 'reply']);
  });
});
