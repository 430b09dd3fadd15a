import { findSlot, slotsOn, weeklySlotStarts } from '../../server/src/routes/booking/slots';
import { atLocal, formatClock, localInstantTexts } from '../../server/src/routes/booking/time';

describe('slot times written without Dates', () => {
  it('writes every minute of a day as toISOString writes it, across a year’s end', () => {
    for (const date of ['2030-01-01', '2030-03-04', '2030-12-31']) {
      const instantOf = localInstantTexts(date);
      for (let minutes = 0; minutes <= 1440; minutes += 1) expect(instantOf(minutes)).toBe(atLocal(date, minutes).toISOString());
    }
  });

  it('writes clocks from 00:00 to 24:00', () => {
    expect([formatClock(0), formatClock(495), formatClock(1439), formatClock(1440)]).toEqual(['00:00', '08:15', '23:59', '24:00']);
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

  it('finds only a slot the grid has', () => {
    const monday = '2030-03-04';
    expect(slotsOn(room, monday).map((s) => `${s.start}–${s.end}`)).toEqual(['08:00–08:45', '08:45–09:30', '14:00–14:45', '14:45–15:30']);
    expect(findSlot(room, atLocal(monday, 525))).toMatchObject({ date: monday, start: '08:45', end: '09:30' });
    expect(findSlot(room, atLocal(monday, 570))).toBeNull();
    expect(findSlot(room, new Date(atLocal(monday, 480).getTime() + 1000))).toBeNull();
  });
});
