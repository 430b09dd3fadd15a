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
  THURSDAY,
  TUESDAY,
  WEDNESDAY,
} from './counselling-fixtures';

const { t, s } = counsellingDiarySuite();
const { startsOn, counsellingMessages } = counsellingDiaryHelpers(t, s);

describe('the member’s own appointments', () => {
  it('lets a request be cancelled until it starts, and a confirmed session only until the cut-off', async () => {
    const requested = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const confirmed = await book(t.app, s.a, s.xId, iso(TUESDAY, '11:00'));
    await desk(t.app, s.x, 'POST', `/appointments/${confirmed}/confirm`);

    standAt(MONDAY, '23:30'); // 9.5 hours before 09:00, 11.5 before 11:00: inside the 12-hour cut-off.
    const late = await mine(t.app, s.a, 'POST', `/${confirmed}/cancel`);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe(
      '距开始已不足 12 小时，不能在线取消了；如确实无法前来，请按咨询师确认时约定的方式告知',
    );
    const view = (await mine(t.app, s.a, 'GET', `/${confirmed}`)).json();
    expect(view).toMatchObject({ canCancel: false, cancelDeadline: at(MONDAY, '23:00').toISOString() });

    const early = await mine(t.app, s.a, 'POST', `/${requested}/cancel`);
    expect(early.statusCode).toBe(200);
    expect(early.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'member', canCancel: false });
    expect((await mine(t.app, s.a, 'POST', `/${requested}/cancel`)).json().message).toBe(
      '这个预约已结束或已取消，无需再取消',
    );
  });

  it('lists upcoming appointments in time order and the rest under past', async () => {
    const later = await book(t.app, s.a, s.xId, iso(WEDNESDAY, '10:00'));
    const sooner = await book(t.app, s.a, s.yId, iso(TUESDAY, '10:00'));
    await mine(t.app, s.a, 'POST', `/${later}/cancel`);
    const upcoming = (await mine(t.app, s.a, 'GET', '?scope=upcoming')).json();
    expect(upcoming.items.map((i: { id: number }) => i.id)).toEqual([sooner]);
    const past = (await mine(t.app, s.a, 'GET', '?scope=past')).json();
    expect(past.items.map((i: { id: number }) => i.id)).toEqual([later]);
  });

  it('lets the member accept a new time the counsellor proposes', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const proposed = await desk(t.app, s.x, 'POST', `/appointments/${id}/propose`, {
      startsAt: iso(THURSDAY, '14:00'),
    });
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json()).toMatchObject({
      status: 'proposed',
      startsAt: iso(THURSDAY, '14:00'),
      requestedStartsAt: iso(TUESDAY, '09:00'),
    });
    // Tuesday 09:00 is free again; Thursday 14:00 is held.
    expect(await startsOn(s.xId, TUESDAY)).toContain(iso(TUESDAY, '09:00'));

    const accepted = await mine(t.app, s.a, 'POST', `/${id}/accept`);
    expect(accepted.json()).toMatchObject({
      status: 'confirmed',
      startsAt: iso(THURSDAY, '14:00'),
      endsAt: iso(THURSDAY, '14:50'),
    });
    expect((await mine(t.app, s.a, 'POST', `/${id}/accept`)).statusCode).toBe(409);
  });

  it('cancels the appointment when the member declines the proposed time, and frees that time', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    await desk(t.app, s.x, 'POST', `/appointments/${id}/propose`, { startsAt: iso(TUESDAY, '11:00') });
    const declined = await mine(t.app, s.a, 'POST', `/${id}/decline`);
    expect(declined.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'proposal_declined' });
    expect(await startsOn(s.xId, TUESDAY)).toEqual([
      iso(TUESDAY, '09:00'),
      iso(TUESDAY, '10:00'),
      iso(TUESDAY, '11:00'),
    ]);
  });

  it('refuses a proposed time that collides with another of the counsellor’s sessions', async () => {
    await book(t.app, s.b, s.xId, iso(TUESDAY, '10:00'));
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const response = await desk(t.app, s.x, 'POST', `/appointments/${id}/propose`, { startsAt: iso(TUESDAY, '10:30') });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('这个时间与您的其他预约冲突，请换一个时间');
  });

  it('shows the member the reason when the counsellor declines', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const response = await desk(t.app, s.x, 'POST', `/appointments/${id}/decline`, {
      reason: '这个问题更适合转介到专科医院，建议拨打 12356 咨询',
    });
    expect(response.statusCode).toBe(200);
    expect((await mine(t.app, s.a, 'GET', `/${id}`)).json()).toMatchObject({
      status: 'declined',
      declineReason: '这个问题更适合转介到专科医院，建议拨打 12356 咨询',
    });
    const memberMessages = (await counsellingMessages()).filter((m) => m.member_id === s.a.id);
    expect(memberMessages.at(-1)).toEqual({
      member_id: s.a.id,
      title: '您的预约有更新',
      body: '请打开查看详情。',
      link: `/packages/counselling/pages/appointment/index?id=${id}`,
    });
  });

  it('marks a session completed only after it began; the member rates it once; the counsellor sees an average from three ratings', async () => {
    const ids = [];
    for (const [who, time] of [
      [s.a, '09:00'],
      [s.b, '10:00'],
      [s.c, '11:00'],
    ] as const) {
      const id = await book(t.app, who, s.xId, iso(TUESDAY, time));
      await desk(t.app, s.x, 'POST', `/appointments/${id}/confirm`, { arrangement: '行政楼 302 室' });
      ids.push({ who, id });
    }
    const early = await desk(t.app, s.x, 'POST', `/appointments/${ids[0]!.id}/complete`);
    expect(early.json().message).toBe('咨询开始后才能标记完成或未到场');

    standAt(TUESDAY, '12:00');
    for (const { id } of ids)
      expect((await desk(t.app, s.x, 'POST', `/appointments/${id}/complete`)).json().status).toBe('completed');
    expect((await mine(t.app, s.a, 'GET', `/${ids[0]!.id}`)).json()).toMatchObject({
      canRate: true,
      arrangement: '行政楼 302 室',
    });

    const scores = [5, 4, 4];
    for (const [i, { who, id }] of ids.entries()) {
      if (i === 2) expect((await desk(t.app, s.x, 'GET', '')).json().rating).toEqual({ average: null, count: 2 });
      expect((await mine(t.app, who, 'POST', `/${id}/rating`, { score: scores[i]! })).json()).toMatchObject({
        rating: scores[i],
        canRate: false,
      });
    }
    expect((await mine(t.app, s.a, 'POST', `/${ids[0]!.id}/rating`, { score: 1 })).json().message).toBe(
      '您已经评价过了',
    );
    expect((await desk(t.app, s.x, 'GET', '')).json().rating).toEqual({ average: 4.3, count: 3 });
    expect((await desk(t.app, s.y, 'GET', '')).json().rating).toEqual({ average: null, count: 0 });
    // The counsellor never sees who gave which score.
    const seen = (await desk(t.app, s.x, 'GET', '/appointments?scope=past')).json();
    expect(seen.items.every((item: Record<string, unknown>) => !('rating' in item))).toBe(true);
  });
});
