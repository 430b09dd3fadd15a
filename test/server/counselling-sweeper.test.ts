import { sweepCounselling } from '../../server/src/jobs/counselling-sweep';
import {
  at,
  book,
  counsellingDiaryHelpers,
  counsellingDiarySuite,
  desk,
  iso,
  mine,
  MONDAY,
  standAt,
  TUESDAY,
  WEDNESDAY,
} from './counselling-fixtures';

const { t, s } = counsellingDiarySuite();
const { counsellingMessages } = counsellingDiaryHelpers(t, s);

describe('the sweeper', () => {
  it('reminds both sides a day ahead, once, in words that give nothing away', async () => {
    const id = await book(t.app, s.a, s.xId, iso(WEDNESDAY, '10:00'), { note: '家里的事' });
    await desk(t.app, s.x, 'POST', `/appointments/${id}/confirm`);
    const before = (await counsellingMessages()).length;
    expect((await sweepCounselling(t.db, {}, at(MONDAY, '09:00'))).reminded).toBe(0);
    expect((await sweepCounselling(t.db, {}, at(TUESDAY, '10:30'))).reminded).toBe(1);
    expect((await sweepCounselling(t.db, {}, at(TUESDAY, '11:00'))).reminded).toBe(0);
    const sent = (await counsellingMessages()).slice(before);
    expect(sent).toEqual([
      {
        member_id: s.a.id,
        title: '预约提醒',
        body: '您有一个预约即将开始，请打开查看。',
        link: `/packages/counselling/pages/appointment/index?id=${id}`,
      },
      {
        member_id: s.x.id,
        title: '咨询工作台提醒',
        body: '您有一个咨询即将开始，请打开查看。',
        link: `/packages/counselling/pages/desk-appointment/index?id=${id}`,
      },
    ]);
  });

  it('lets a request nobody confirmed lapse when its time comes, and frees the member’s place', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    expect((await sweepCounselling(t.db, {}, at(TUESDAY, '09:01'))).expired).toBe(1);
    expect((await mine(t.app, s.a, 'GET', `/${id}`)).json().status).toBe('expired');
    const [row] = await t.db.query<{ upcoming_slot: number | null }>(
      `SELECT upcoming_slot FROM counselling_appointments WHERE id = $1`,
      [id],
    );
    expect(row!.upcoming_slot).toBeNull();
  });

  it('strips personal details from records three years after the session, keeping the counts', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'), { note: '旧事' });
    await desk(t.app, s.x, 'POST', `/appointments/${id}/confirm`);
    standAt(TUESDAY, '10:00');
    await desk(t.app, s.x, 'POST', `/appointments/${id}/complete`);
    expect((await sweepCounselling(t.db, {}, at('2033-03-01', '00:00'))).anonymised).toBe(0);
    expect((await sweepCounselling(t.db, {}, at('2033-03-06', '00:00'))).anonymised).toBe(1);
    const [row] = await t.db.query(`SELECT member_id, note, status, mode FROM counselling_appointments WHERE id = $1`, [
      id,
    ]);
    expect(row).toEqual({ member_id: null, note: null, status: 'completed', mode: 'in_person' });
  });
});
