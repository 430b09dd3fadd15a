import { createMember, signIn } from '../support/factories';
import { act, at, book, receptionHelpers, receptionSuite, standAt, WEDNESDAY } from './reception-fixtures';

const { t, w } = receptionSuite();
const { get, receptionMessages, session } = receptionHelpers(t, w);

describe('booking a slot', () => {
  let sessionId: number;
  beforeAll(async () => {
    sessionId = await session(WEDNESDAY);
  });

  it('books a free slot, confirms it by message and shows it among the member’s appointments', async () => {
    standAt('2030-01-08', '10:00');
    const [member] = w.members;
    const response = await book(t.app, member!.headers, sessionId, at(WEDNESDAY, '14:20'), {
      topic: 'rights',
      description: '女教职工体检安排',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'booked',
      stage: 'booked',
      topic: 'rights',
      description: '女教职工体检安排',
      canCancel: true,
      canHandle: false,
    });

    const [message] = await receptionMessages(member!.id);
    expect(message).toEqual({
      title: '接待日预约成功',
      body: '1月9日 周三 14:20，工会办公室，王建国接待。请准时到场。',
      link: `/packages/reception/pages/appointment/index?id=${response.json().id}`,
    });
    const mine = (await get('/appointments/mine', member!.headers)).json().items;
    expect(mine.map((a: { id: number }) => a.id)).toContain(response.json().id);
    const detail = (await get(`/sessions/${sessionId}`, member!.headers)).json();
    expect(detail.slots[1].state).toBe('mine');
    expect(detail.myAppointmentId).toBe(response.json().id);
    expect((await get(`/sessions/${sessionId}`, w.members[1]!.headers)).json().slots[1].state).toBe('taken');
  });

  it('refuses a slot someone holds and a second upcoming appointment in the same session', async () => {
    standAt('2030-01-08', '10:00');
    const taken = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '14:20'));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toBe('这个时段刚被其他会员约走了，请选择其他时段');

    const second = await book(t.app, w.members[0]!.headers, sessionId, at(WEDNESDAY, '15:00'));
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toBe('您已预约了这场接待日 14:20 的时段，如需改约请先取消原预约');
    const [count] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reception_appointments WHERE session_id = $1`,
      [sessionId],
    );
    expect(count!.n).toBe(1);
  });

  it('refuses a slot that has ended, a time that is not a slot, and another school’s session', async () => {
    standAt(WEDNESDAY, '14:25');
    const ended = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '14:00'));
    expect([ended.statusCode, ended.json().message]).toEqual([409, '这个时段已经结束，请选择之后的时段']);
    expect((await get(`/sessions/${sessionId}`, w.members[1]!.headers)).json().slots[0].state).toBe('past');
    const odd = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '14:30'));
    expect([odd.statusCode, odd.json().message]).toEqual([400, '所选时间不是这场接待日的预约时段，请刷新后重试']);
    const foreign = await book(t.app, w.otherChair.headers, sessionId, at(WEDNESDAY, '15:00'));
    expect([foreign.statusCode, foreign.json().message]).toEqual([404, '接待日不存在']);
  });

  it('takes a walk-in: a free slot under way can still be booked until it ends', async () => {
    const passerBy = await signIn(t.app, await createMember(t.db, w.tree.schoolId));
    standAt(WEDNESDAY, '14:45');
    const walkIn = await book(t.app, passerBy, sessionId, at(WEDNESDAY, '14:40'), {
      topic: 'other',
      description: '路过问问疗休养',
    });
    expect(walkIn.statusCode).toBe(201);
    expect(walkIn.json()).toMatchObject({ status: 'booked', canCancel: false });
    expect((await act(t.app, passerBy, walkIn.json().id, 'cancel', {})).statusCode).toBe(409);
  });

  it('names the field when the booking form is wrong', async () => {
    standAt('2030-01-08', '10:00');
    const topic = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '15:00'), { topic: 'money' });
    expect([topic.statusCode, topic.json().message]).toEqual([400, '话题的取值无效']);
    const blank = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '15:00'), { description: '   ' });
    expect([blank.statusCode, blank.json().message]).toEqual([400, '简要说明不能为空']);
    const long = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '15:00'), {
      description: '长'.repeat(201),
    });
    expect([long.statusCode, long.json().message]).toEqual([400, '简要说明不能超过 200 个字']);
  });

  it('lets a member cancel before the slot starts, which frees it, and not after', async () => {
    standAt('2030-01-08', '10:00');
    const [, member, other] = w.members;
    const booked = (await book(t.app, member!.headers, sessionId, at(WEDNESDAY, '16:40'))).json();
    const cancelled = await act(t.app, member!.headers, booked.id, 'cancel', {});
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledByMember: true, canCancel: false });
    expect((await book(t.app, other!.headers, sessionId, at(WEDNESDAY, '16:40'))).statusCode).toBe(201);

    const again = (await book(t.app, member!.headers, sessionId, at(WEDNESDAY, '16:20'))).json();
    standAt(WEDNESDAY, '16:21');
    const late = await act(t.app, member!.headers, again.id, 'cancel', {});
    expect([late.statusCode, late.json().message]).toEqual([409, '接待已经开始，不能取消预约']);
  });
});
