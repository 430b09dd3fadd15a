import { findSlot, slotsOn, weeklySlotStarts } from '../../server/src/routes/booking/slots';
import { atLocal, formatClock, isoWeekday, localDays, localMidnight } from '../../server/src/time/beijing';

describe('clocks', () => {
  it('writes clocks from 00:00 to 24:00', () => {
    expect([formatClock(0), formatClock(495), formatClock(1439), formatClock(1440)]).toEqual([
      '00:00',
      '08:15',
      '23:59',
      '24:00',
    ]);
  });
});

describe('the week’s slot starts', () => {
  const room = {
    slotMinutes: 45,
    openingHours: [
      { weekday: 1, opens: '14:00', closes: '16:00' },
      { weekday: 1, opens: '08:00', closes: '10:00' },
      { weekday: 6, opens: '09:00', closes: '09:30' },
    ],
  };

  it('cuts each weekday’s periods into whole slots, in order, and leaves closed weekdays empty', () => {
    const week = weeklySlotStarts(room);
    expect(week[1]).toEqual([480, 525, 840, 885]);
    expect(week[6]).toEqual([]);
    expect(week[2]).toEqual([]);
  });

  it('cuts a room again once its slot length or hours change, and shares no array that a caller could change', () => {
    expect(weeklySlotStarts(room)[1]).toEqual([480, 525, 840, 885]);
    expect(weeklySlotStarts({ ...room, slotMinutes: 60 })[1]).toEqual([480, 540, 840, 900]);
    expect(weeklySlotStarts({ ...room, openingHours: [{ weekday: 1, opens: '08:00', closes: '09:30' }] })[1]).toEqual([
      480, 525,
    ]);
    expect(() => (weeklySlotStarts(room)[1] as number[]).push(0)).toThrow(TypeError);
  });

  it('finds only a slot the grid has', () => {
    const monday = '2030-03-04';
    expect(slotsOn(room, monday).map((s) => `${s.start}–${s.end}`)).toEqual([
      '08:00–08:45',
      '08:45–09:30',
      '14:00–14:45',
      '14:45–15:30',
    ]);
    expect(findSlot(room, atLocal(monday, 525))).toMatchObject({ date: monday, start: '08:45', end: '09:30' });
    expect(findSlot(room, atLocal(monday, 570))).toBeNull();
    expect(findSlot(room, new Date(atLocal(monday, 480).getTime() + 1000))).toBeNull();
  });
});

describe('consecutive local days', () => {
  it('gives each date its weekday and local midnight, across a month’s and a year’s end', () => {
    const days = localDays('2030-12-29', 5);
    expect(days.map((d) => d.date)).toEqual(['2030-12-29', '2030-12-30', '2030-12-31', '2031-01-01', '2031-01-02']);
    expect(days.map((d) => d.weekday)).toEqual(days.map((d) => isoWeekday(d.date)));
    expect(days.map((d) => d.midnight)).toEqual(days.map((d) => localMidnight(d.date)));
  });
});
