import { act, at, book, type Headers, receptionHelpers, receptionSuite, standAt } from './reception-fixtures';

const { t, w } = receptionSuite();
const { get, receptionMessages, session } = receptionHelpers(t, w);

describe('no-shows and cancellations by the union', () => {
  it('marks a no-show, which needs no reply', async () => {
    const sessionId = await session('2030-02-06');
    const id = (await book(t.app, w.members[0]!.headers, sessionId, at('2030-02-06', '14:00'))).json().id;
    standAt('2030-02-06', '15:00');
    const response = await act(t.app, w.chair.headers, id, 'attendance', { attended: false });
    expect(response.json()).toMatchObject({ status: 'no_show', stage: 'no_show', dueOn: null });
    const register = await act(t.app, w.chair.headers, id, 'outcome', { raised: '补登记' }, 'PUT');
    expect([register.statusCode, register.json().message]).toEqual([409, '会员未到场，请先改为已到场再登记']);
  });

  it('tells the member when the chair cancels their appointment', async () => {
    const sessionId = await session('2030-02-13');
    const id = (await book(t.app, w.members[1]!.headers, sessionId, at('2030-02-13', '14:40'))).json().id;
    const response = await act(t.app, w.chair.headers, id, 'cancel', { reason: '主席临时外出开会' });
    expect(response.json()).toMatchObject({
      status: 'cancelled',
      cancelledByMember: false,
      cancelReason: '主席临时外出开会',
    });
    expect((await receptionMessages(w.members[1]!.id)).at(-1)).toEqual({
      title: '接待日预约已取消',
      body: '您 2月13日 周三 14:40 的接待预约已由工会取消：主席临时外出开会。如有需要请重新预约。',
      link: `/packages/reception/pages/appointment/index?id=${id}`,
    });
  });

  it('cancels a whole session, telling each member who booked, but not one that has begun', async () => {
    const sessionId = await session('2030-02-20');
    const a = (await book(t.app, w.members[0]!.headers, sessionId, at('2030-02-20', '14:00'))).json().id;
    const b = (await book(t.app, w.members[2]!.headers, sessionId, at('2030-02-20', '14:20'))).json().id;
    const cancel = (headers: Headers) =>
      t.app.inject({
        method: 'POST',
        url: `/api/reception/sessions/${sessionId}/cancel`,
        headers,
        payload: { reason: '区里开会' },
      });
    expect((await cancel(w.members[0]!.headers)).statusCode).toBe(403);
    const response = await cancel(w.staff.headers);
    expect(response.json()).toMatchObject({ status: 'cancelled', cancelReason: '区里开会', freeSlots: 0 });
    for (const [id, m] of [
      [a, w.members[0]!],
      [b, w.members[2]!],
    ] as const) {
      expect((await get(`/appointments/${id}`, m.headers)).json().status).toBe('cancelled');
      expect((await receptionMessages(m.id)).at(-1)!.body).toContain('区里开会');
    }
    expect((await get('/sessions', w.members[0]!.headers)).json().items.map((s: { id: number }) => s.id)).not.toContain(
      sessionId,
    );

    const begun = await session('2030-02-27');
    const c = (await book(t.app, w.members[0]!.headers, begun, at('2030-02-27', '14:00'))).json().id;
    standAt('2030-02-27', '14:05');
    await act(t.app, w.chair.headers, c, 'attendance', { attended: true });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/reception/sessions/${begun}/cancel`,
      headers: w.chair.headers,
      payload: { reason: '临时有事' },
    });
    expect([refused.statusCode, refused.json().message]).toEqual([409, '这场接待日已有会员到场，不能取消']);
  });
});
