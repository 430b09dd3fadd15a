import {
  freeSlots,
  localDay,
  localInstant,
  type Schedule,
  sessionsOn,
} from '../../server/src/routes/counselling/slots';
import { cancelState } from '../../server/src/routes/counselling/rules';

const at = (day: string, time: string) => {
  const [h, m] = time.split(':').map(Number);
  return localInstant(day, h! * 60 + m!);
};
const times = (slots: { startsAt: Date }[]) => slots.map((s) => s.startsAt.toISOString());

// 2030-03-04 is a Monday.
const schedule: Schedule = {
  slotMinutes: 50,
  bufferMinutes: 10,
  hours: [
    { weekday: 1, starts: '09:00', ends: '12:00' },
    { weekday: 1, starts: '14:00', ends: '15:30' },
    { weekday: 3, starts: '19:00', ends: '21:00' },
  ],
  leave: [{ startsOn: '2030-03-13', endsOn: '2030-03-13' }],
};

describe('counselling session slots', () => {
  it('cuts each period into sessions of slot length plus buffer, keeping only whole sessions', () => {
    expect(times(sessionsOn(schedule, '2030-03-04'))).toEqual(
      ['09:00', '10:00', '11:00', '14:00'].map((t) => at('2030-03-04', t).toISOString()),
    );
    const [first] = sessionsOn(schedule, '2030-03-04');
    expect(first!.endsAt).toEqual(at('2030-03-04', '09:50'));
    expect(first!.heldUntil).toEqual(at('2030-03-04', '10:00'));
  });

  it('offers nothing on a weekday without hours or on a day of leave', () => {
    expect(sessionsOn(schedule, '2030-03-05')).toEqual([]);
    expect(sessionsOn(schedule, '2030-03-06')).toHaveLength(2);
    expect(sessionsOn(schedule, '2030-03-13')).toEqual([]);
  });

  it('uses Beijing days: an evening session belongs to its local date, not the UTC one', () => {
    const evening = sessionsOn(schedule, '2030-03-06')[1]!;
    expect(evening.startsAt.toISOString()).toBe('2030-03-06T12:00:00.000Z');
    expect(localDay(at('2030-03-07', '00:30'))).toBe('2030-03-07');
  });

  it('leaves out sessions before the window and those touching a held time, buffer included', () => {
    const busy = [{ startsAt: at('2030-03-04', '10:20'), heldUntil: at('2030-03-04', '11:05') }];
    const free = freeSlots(schedule, busy, at('2030-03-04', '09:30'), at('2030-03-05', '00:00'));
    expect(times(free)).toEqual([at('2030-03-04', '14:00').toISOString()]);
  });

  it('lets a request be cancelled until it starts and a confirmed session until the cut-off', () => {
    const startsAt = at('2030-03-04', '14:00');
    expect(cancelState({ status: 'requested', startsAt }, at('2030-03-04', '13:59'), 12)).toEqual({
      canCancel: true,
      cancelDeadline: null,
    });
    expect(cancelState({ status: 'confirmed', startsAt }, at('2030-03-04', '01:59'), 12)).toEqual({
      canCancel: true,
      cancelDeadline: at('2030-03-04', '02:00'),
    });
    expect(cancelState({ status: 'confirmed', startsAt }, at('2030-03-04', '02:00'), 12).canCancel).toBe(false);
    expect(cancelState({ status: 'completed', startsAt }, at('2030-03-04', '01:00'), 12).canCancel).toBe(false);
  });
});
