import { readScene } from '../../src/features/booking/scene';
import {
  barWidths,
  monthOf,
  monthTitle,
  percent,
  shiftMonth,
  topHours,
} from '../../src/features/booking/usage-figures';

describe('the check-in scene', () => {
  it('takes the room code as H5 passes it and as WeChat passes it (encoded)', () => {
    expect(readScene('K7Q2MX9A')).toBe('K7Q2MX9A');
    expect(readScene(encodeURIComponent('code=K7Q2MX9A'))).toBe('K7Q2MX9A');
    expect(readScene(' K7Q2MX9A ')).toBe('K7Q2MX9A');
  });

  it('refuses a missing or malformed code', () => {
    expect(readScene(undefined)).toBeNull();
    expect(readScene('')).toBeNull();
    expect(readScene('<script>')).toBeNull();
    expect(readScene('A'.repeat(33))).toBeNull();
  });
});

describe('monthly usage figures', () => {
  it('writes rates as whole percentages, and — when there is nothing to count', () => {
    expect(percent(0.853)).toBe('85%');
    expect(percent(1)).toBe('100%');
    expect(percent(null)).toBe('—');
  });

  it('scales bars to the largest value and keeps small ones visible', () => {
    expect(barWidths([40, 20, 1, 0])).toEqual([100, 50, 4, 0]);
    expect(barWidths([0, 0])).toEqual([0, 0]);
  });

  it('moves between months across the year end', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthTitle('2026-03')).toBe('2026年3月');
    expect(monthOf('2026-11-30T17:00:00Z')).toBe('2026-12');
  });

  it('keeps the busiest hours, shown in the order of the day', () => {
    const hours = [18, 12, 19, 9, 17, 20, 8].map((hour, i) => ({ hour, bookings: 10 - i }));
    expect(topHours(hours, 3).map((h) => h.hour)).toEqual([12, 18, 19]);
  });
});
