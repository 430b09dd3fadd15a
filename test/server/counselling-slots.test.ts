import {
  book,
  counsellingDiaryHelpers,
  counsellingDiarySuite,
  desk,
  iso,
  MONDAY,
  request,
  TUESDAY,
  WEDNESDAY,
} from './counselling-fixtures';

const { t, s } = counsellingDiarySuite();
const { availability, startsOn } = counsellingDiaryHelpers(t, s);

describe('slots from weekly hours', () => {
  it('offers whole sessions from the weekly hours, slot length and buffer, from the minimum notice on', async () => {
    // Monday 08:00 with 12 hours' notice: Monday's morning is gone, Tuesday's is open.
    const days = (await availability(s.xId)).days;
    expect(days[0]!.date).toBe(TUESDAY);
    expect(days[0]!.slots).toEqual([
      { startsAt: iso(TUESDAY, '09:00'), endsAt: iso(TUESDAY, '09:50') },
      { startsAt: iso(TUESDAY, '10:00'), endsAt: iso(TUESDAY, '10:50') },
      { startsAt: iso(TUESDAY, '11:00'), endsAt: iso(TUESDAY, '11:50') },
    ]);
    // The window: today plus 14 days; weekends have no hours.
    expect(days.map((d) => d.date)).not.toContain('2030-03-09');
    expect(days.at(-1)!.date).toBe('2030-03-18');
  });

  it('takes out days of leave and time already held, buffer included', async () => {
    const leave = await desk(t.app, s.x, 'POST', '/leave', {
      startsOn: WEDNESDAY,
      endsOn: WEDNESDAY,
      reason: '外出培训',
    });
    expect(leave.statusCode).toBe(201);
    expect(await startsOn(s.xId, WEDNESDAY)).toEqual([]);

    await book(t.app, s.a, s.xId, iso(TUESDAY, '10:00'));
    expect(await startsOn(s.xId, TUESDAY)).toEqual([iso(TUESDAY, '09:00'), iso(TUESDAY, '11:00')]);
    // Counsellor Y's diary is their own.
    expect(await startsOn(s.yId, TUESDAY)).toHaveLength(3);
  });

  it('follows a new slot length and buffer, and keeps sessions already booked', async () => {
    await book(t.app, s.a, s.xId, iso(TUESDAY, '11:00'));
    const changed = await desk(t.app, s.x, 'PUT', '/schedule', {
      slotMinutes: 60,
      bufferMinutes: 30,
      hours: [{ weekday: 2, starts: '09:00', ends: '12:00' }],
    });
    expect(changed.statusCode).toBe(200);
    // 09:00–10:00 (+30) and 10:30–11:30 — but 10:30 would run into the 11:00 session already booked.
    expect(await startsOn(s.xId, TUESDAY)).toEqual([iso(TUESDAY, '09:00')]);
    expect(await startsOn(s.xId, WEDNESDAY)).toEqual([]);
    await desk(t.app, s.x, 'PUT', '/schedule', {
      slotMinutes: 50,
      bufferMinutes: 10,
      hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '09:00', ends: '12:00' })),
    });
  });

  it('refuses overlapping weekly hours, naming the problem', async () => {
    const response = await desk(t.app, s.x, 'PUT', '/schedule', {
      slotMinutes: 50,
      bufferMinutes: 10,
      hours: [
        { weekday: 1, starts: '09:00', ends: '12:00' },
        { weekday: 1, starts: '11:00', ends: '13:00' },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('每周时间：同一天的两段时间有重叠');
  });

  it('refuses a time that is not one of the counsellor’s free sessions', async () => {
    for (const startsAt of [iso(TUESDAY, '09:30'), iso(MONDAY, '11:00'), iso('2030-03-09', '09:00')]) {
      const response = await request(t.app, s.a, { counsellorId: s.xId, startsAt });
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toBe('这个时间不在可预约的时段内，请重新选择');
    }
  });
});
