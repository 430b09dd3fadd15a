import { createMember, signIn } from '../support/factories';
import { at, publish, receptionHelpers, receptionSuite, standAt } from './reception-fixtures';

const { t, w } = receptionSuite();
const { get } = receptionHelpers(t, w);

describe('publishing reception sessions', () => {
  it('publishes a weekly session on every Wednesday until the end date, each with its slots', async () => {
    standAt('2030-03-01', '09:00');
    const response = await publish(t.app, w.staff.headers, {
      repeat: 'weekly',
      date: '2030-03-06',
      until: '2030-03-27',
      receiverId: w.chair.id,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.created).toBe(4);
    expect(body.items.map((s: { date: string }) => s.date)).toEqual([
      '2030-03-06',
      '2030-03-13',
      '2030-03-20',
      '2030-03-27',
    ]);
    expect(body.items[0]).toMatchObject({
      slotCount: 9,
      freeSlots: 9,
      weekly: true,
      receiverName: '王建国',
      receiverRole: 'chair',
      place: '工会办公室',
    });

    const listed = (await get('/sessions', w.members[0]!.headers)).json().items;
    expect(listed.map((s: { date: string }) => s.date)).toEqual([
      '2030-03-06',
      '2030-03-13',
      '2030-03-20',
      '2030-03-27',
    ]);
    const detail = (await get(`/sessions/${listed[0].id}`, w.members[0]!.headers)).json();
    expect(detail.slots[0]).toEqual({
      startsAt: at('2030-03-06', '14:00').toISOString(),
      endsAt: at('2030-03-06', '14:20').toISOString(),
      state: 'free',
    });
    expect(detail.slots.at(-1).startsAt).toBe(at('2030-03-06', '16:40').toISOString());
  });

  it('lets staff name a vice-chair as receiver and refuses anyone who is not an officer', async () => {
    standAt('2030-03-01', '09:00');
    const receivers = (await get('/receivers', w.staff.headers)).json().items;
    expect(receivers).toEqual([
      { id: w.chair.id, name: '王建国', role: 'chair' },
      { id: w.staff.id, name: '李秀梅', role: 'vice_chair' },
    ]);
    const vice = await publish(t.app, w.staff.headers, { date: '2030-03-07', receiverId: w.staff.id });
    expect(vice.json().items[0].receiverRole).toBe('vice_chair');

    const plain = await publish(t.app, w.staff.headers, { date: '2030-03-07', receiverId: w.members[0]!.id });
    expect(plain.statusCode).toBe(400);
    expect(plain.json().message).toBe('接待人须为本工会的工会主席或工会干事');
    const byMember = await publish(t.app, w.members[0]!.headers, { date: '2030-03-07', receiverId: w.chair.id });
    expect(byMember.statusCode).toBe(403);
  });

  it('refuses a session that overlaps one the receiver already holds, and bad times, in Chinese', async () => {
    standAt('2030-03-01', '09:00');
    const clash = await publish(t.app, w.chair.headers, {
      date: '2030-03-13',
      startTime: '16:00',
      endTime: '18:00',
      receiverId: w.chair.id,
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().message).toBe('王建国在3月13日 周三已有 14:00–17:00 的接待日');

    const cases: [Record<string, unknown>, string][] = [
      [{ startTime: '17:00', endTime: '14:00' }, '结束时间应晚于开始时间'],
      [{ date: '2030-02-27' }, '日期不能早于今天'],
      [{ repeat: 'weekly' }, '每周重复需要填写重复截止日期'],
      [{ startTime: '14:00', endTime: '14:10' }, '接待时长不足一个时段'],
      [{ startTime: '25:00' }, '开始时间格式不正确'],
      [{ slotMinutes: 5 }, '每个时段分钟数不能小于 10'],
      [{ place: ' ' }, '地点不能为空'],
    ];
    for (const [body, message] of cases) {
      const response = await publish(t.app, w.chair.headers, { date: '2030-04-03', receiverId: w.chair.id, ...body });
      expect({ status: response.statusCode, message: response.json().message }).toEqual({ status: 400, message });
    }
  });
});

describe('the API document', () => {
  it('names the reception operations', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    for (const id of [
      'listReceptionSessions',
      'bookReceptionSlot',
      'listTodayReceptions',
      'recordReceptionOutcome',
      'exportReceptionSummary',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

// Members of the other school only ever see their own union's sessions.
it('lists only the member’s own union’s sessions', async () => {
  standAt('2030-01-01', '09:00');
  const stranger = await signIn(t.app, await createMember(t.db, w.tree.otherSchoolId));
  expect((await get('/sessions', stranger)).json().items).toEqual([]);
});
