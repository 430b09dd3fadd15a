import { act, at, book, receptionHelpers, receptionSuite, standAt } from './reception-fixtures';

const { t, w } = receptionSuite();
const { get, session } = receptionHelpers(t, w);

describe('who sees an appointment', () => {
  let sessionId: number;
  let open: number;
  let secret: number;
  beforeAll(async () => {
    sessionId = await session('2030-01-16');
    open = (
      await book(t.app, w.members[0]!.headers, sessionId, at('2030-01-16', '14:00'), { description: '食堂午餐价格' })
    ).json().id;
    secret = (
      await book(t.app, w.members[1]!.headers, sessionId, at('2030-01-16', '14:20'), {
        topic: 'life',
        description: '家中老人住院',
        confidential: true,
      })
    ).json().id;
  });

  it('shows a member their own appointment and no one else’s', async () => {
    standAt('2030-01-16', '09:00');
    expect((await get(`/appointments/${open}`, w.members[0]!.headers)).statusCode).toBe(200);
    const other = await get(`/appointments/${open}`, w.members[2]!.headers);
    expect([other.statusCode, other.json().message]).toEqual([404, '预约不存在或您无权查看']);
    expect((await get('/today', w.members[2]!.headers)).statusCode).toBe(403);
    expect((await act(t.app, w.members[2]!.headers, open, 'cancel', {})).statusCode).toBe(404);
  });

  it('shows the union’s chair and staff its appointments, and another school’s chair nothing', async () => {
    standAt('2030-01-16', '09:00');
    const today = (await get('/today', w.chair.headers)).json();
    expect(today.items.map((a: { id: number }) => a.id)).toEqual([open, secret]);
    expect(today.items[0]).toMatchObject({
      topic: 'work',
      description: '食堂午餐价格',
      member: { name: w.members[0]!.name, branchName: '语文组分工会' },
    });
    expect((await get(`/appointments/${open}`, w.staff.headers)).json().description).toBe('食堂午餐价格');

    expect((await get(`/appointments/${open}`, w.otherChair.headers)).statusCode).toBe(404);
    expect((await get('/today', w.otherChair.headers)).json().items).toEqual([]);
    expect((await act(t.app, w.otherChair.headers, open, 'attendance', { attended: true })).statusCode).toBe(404);
  });

  it('shows a confidential description to the receiving chair only', async () => {
    standAt('2030-01-16', '14:25');
    const forChair = (await get(`/appointments/${secret}`, w.chair.headers)).json();
    expect(forChair).toMatchObject({ description: '家中老人住院', contentHidden: false, canHandle: true });
    const forStaff = (await get('/today', w.staff.headers)).json().items.find((a: { id: number }) => a.id === secret);
    expect(forStaff).toMatchObject({
      topic: 'life',
      confidential: true,
      contentHidden: true,
      description: null,
      canHandle: false,
    });
    expect((await get(`/appointments/${secret}`, w.members[1]!.headers)).json().description).toBe('家中老人住院');

    expect((await act(t.app, w.staff.headers, secret, 'attendance', { attended: true })).statusCode).toBe(200);
    const register = await act(t.app, w.staff.headers, secret, 'outcome', { raised: '代为登记' }, 'PUT');
    expect([register.statusCode, register.json().message]).toEqual([
      403,
      '会员希望保密，只有接待人可以登记、交办和答复',
    ]);
    expect(
      (await act(t.app, w.chair.headers, secret, 'outcome', { raised: '母亲住院，需请假照顾' }, 'PUT')).statusCode,
    ).toBe(200);
    expect((await get(`/appointments/${secret}`, w.staff.headers)).json().raised).toBeNull();
  });
});
