import {
  bookedByDate,
  commonStarts,
  countDates,
  maxRun,
  openWeekdays,
  resultSummary,
  runEnd,
  seriesTimeText,
  seriesWhenText,
  weekdaysText,
} from '../../src/features/booking/series-plan';
import type { SeriesCreated } from '../../src/features/booking/types';

// Tuesdays 16:00–19:00 and 19:30–21:30; Thursdays 18:00–21:00; hour-long slots.
const hall = {
  slotMinutes: 60,
  openingHours: [
    { weekday: 2, opens: '19:30', closes: '21:30' },
    { weekday: 2, opens: '16:00', closes: '19:00' },
    { weekday: 4, opens: '18:00', closes: '21:00' },
  ],
};

describe('planning a recurring booking', () => {
  it('offers only the weekdays the room opens and the starts every chosen day shares', () => {
    expect(openWeekdays(hall)).toEqual([2, 4]);
    expect(commonStarts(hall, [2])).toEqual(['16:00', '17:00', '18:00', '19:30', '20:30']);
    expect(commonStarts(hall, [2, 4])).toEqual(['18:00']);
    expect(commonStarts(hall, [])).toEqual([]);
  });

  it('counts the back-to-back slots from a start on every chosen day, stopping at a gap', () => {
    expect(maxRun(hall, [2], '16:00')).toBe(3);
    expect(maxRun(hall, [2, 4], '18:00')).toBe(1);
    expect(maxRun(hall, [4], '18:00')).toBe(3);
    expect(maxRun(hall, [2], '15:00')).toBe(0);
    expect(runEnd(hall, '16:00', 3)).toBe('19:00');
    expect(runEnd({ slotMinutes: 120 }, '22:00', 1)).toBe('24:00');
  });

  it('counts the dates of the chosen weekdays in a range', () => {
    // 2030-03-04 is a Monday.
    expect(countDates('2030-03-04', '2030-03-31', [2, 4])).toBe(8);
    expect(countDates('2030-03-04', '2030-03-04', [2])).toBe(0);
    expect(countDates('2030-03-10', '2030-03-04', [1])).toBe(0);
  });

  it('says the weekdays the way people do', () => {
    expect(weekdaysText([4, 2])).toBe('每周二、四');
    expect(weekdaysText([1, 2, 3, 4, 5])).toBe('每周一至五');
    expect(weekdaysText([1, 2, 3, 4, 5, 6, 7])).toBe('每天');
    expect(weekdaysText([6])).toBe('每周六');
    expect(seriesTimeText({ weekdays: [2, 4], start: '18:00', end: '20:00' })).toBe('每周二、四 18:00–20:00');
  });

  it('reads a one-day series (a club event’s room) as its date', () => {
    const now = Date.parse('2030-03-01T04:00:00Z');
    const once = { weekdays: [5], start: '16:30', end: '18:30', startsOn: '2030-03-08', endsOn: '2030-03-08' };
    expect(seriesWhenText(once, now)).toBe('3月8日 周五 16:30–18:30');
    expect(seriesWhenText({ ...once, endsOn: '2030-06-28' }, now)).toBe('每周五 16:30–18:30');
  });
});

describe('the result of creating one', () => {
  const at = (date: string, start: string, end: string, bookingId: number) => ({
    date,
    start,
    end,
    startsAt: `${date}T10:00:00Z`,
    bookingId,
  });
  const created = (over: Partial<SeriesCreated>): SeriesCreated => ({
    series: {} as SeriesCreated['series'],
    booked: [],
    skipped: [],
    conflicts: [],
    ...over,
  });

  it('joins back-to-back slots of a day', () => {
    const booked = [
      at('2030-03-05', '18:00', '19:00', 1),
      at('2030-03-05', '19:00', '20:00', 2),
      at('2030-03-07', '19:00', '20:00', 3),
    ];
    expect(bookedByDate(booked)).toEqual([
      { date: '2030-03-05', time: '18:00–20:00' },
      { date: '2030-03-07', time: '19:00–20:00' },
    ]);
  });

  it('leads with what happened and lists every skipped date and conflict', () => {
    const summary = resultSummary(
      created({
        booked: [at('2030-03-05', '18:00', '19:00', 1)],
        skipped: [{ date: '2030-03-12', start: '18:00', end: '19:00', startsAt: null, reason: '闭馆：期末考试' }],
        conflicts: [
          {
            date: '2030-03-19',
            start: '18:00',
            end: '19:00',
            startsAt: null,
            reason: '已被张丽华预约',
            heldBy: ['张丽华'],
          },
        ],
      }),
    );
    expect(summary.headline).toBe('已预约 1 天，另有 2 处未能预约');
    expect(summary.tone).toBe('warn');
    expect(summary.skipped).toEqual([{ date: '2030-03-12', time: '18:00–19:00', reason: '闭馆：期末考试' }]);
    expect(summary.conflicts).toEqual([{ date: '2030-03-19', time: '18:00–19:00', reason: '已被张丽华预约' }]);
    expect(resultSummary(created({ booked: [at('2030-03-05', '18:00', '19:00', 1)] }))).toMatchObject({
      headline: '已全部预约，共 1 天',
      tone: 'ok',
    });
    expect(
      resultSummary(
        created({
          conflicts: summary.conflicts.map((c) => ({ ...c, start: '18:00', end: null, startsAt: null, heldBy: [] })),
        }),
      ),
    ).toMatchObject({
      headline: '没有预约到任何时段',
      tone: 'bad',
    });
  });
});
