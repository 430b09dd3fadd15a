import { beijing, formatDate, formatDateTime, formatRelative, formatTime, greeting } from '../../src/lib/dayjs';

// 2026-11-23 is a Monday. 06:00Z is 14:00 in Beijing.
const NOW = '2026-11-23T06:00:00Z';

describe('Beijing-time formatters', () => {
  it('renders a UTC instant in Beijing time whatever the machine time zone is', () => {
    expect(formatTime('2026-11-23T06:00:00Z')).toBe('14:00');
    expect(formatTime('2026-11-23T06:00:00.000+00:00')).toBe('14:00');
    expect(beijing('2026-11-22T16:30:00Z').format('YYYY-MM-DD HH:mm')).toBe('2026-11-23 00:30');
  });

  it('formats a date the way Chinese users read it', () => {
    expect(formatDate('2026-11-23T06:00:00Z', NOW)).toBe('11月23日 周一');
    expect(formatDateTime('2026-11-23T06:00:00Z', NOW)).toBe('11月23日 周一 14:00');
  });

  it('takes the Beijing day, not the UTC day, near midnight', () => {
    // 17:00Z on Sunday the 22nd is already 01:00 on Monday the 23rd in Beijing.
    expect(formatDate('2026-11-22T17:00:00Z', NOW)).toBe('11月23日 周一');
  });

  it('adds the year when it is not this year', () => {
    expect(formatDate('2025-03-01T02:00:00Z', NOW)).toBe('2025年3月1日 周六');
    expect(formatDateTime('2025-03-01T02:00:00Z', NOW)).toBe('2025年3月1日 周六 10:00');
  });
});

describe('formatRelative', () => {
  const at = (iso: string) => formatRelative(iso, NOW);

  it('says 刚刚 within a minute, and for slightly future times from clock skew', () => {
    expect(at('2026-11-23T05:59:30Z')).toBe('刚刚');
    expect(at('2026-11-23T06:00:20Z')).toBe('刚刚');
  });

  it('counts minutes within the hour', () => {
    expect(at('2026-11-23T05:55:00Z')).toBe('5分钟前');
    expect(at('2026-11-23T05:01:00Z')).toBe('59分钟前');
  });

  it('shows 今天 and 昨天 by the Beijing calendar day', () => {
    expect(at('2026-11-23T01:00:00Z')).toBe('今天 09:00');
    // 15:59Z on the 22nd is 23:59 on the 22nd in Beijing: yesterday.
    expect(at('2026-11-22T15:59:00Z')).toBe('昨天 23:59');
    // 16:00Z on the 22nd is 00:00 on the 23rd in Beijing: today.
    expect(at('2026-11-22T16:00:00Z')).toBe('今天 00:00');
  });

  it('falls back to the date for older messages', () => {
    expect(at('2026-11-20T06:00:00Z')).toBe('11月20日');
    expect(at('2025-12-31T06:00:00Z')).toBe('2025年12月31日');
  });
});

describe('greeting', () => {
  it('greets by the hour in Beijing', () => {
    expect(greeting('2026-11-23T00:30:00Z')).toBe('早上好'); // 08:30
    expect(greeting('2026-11-23T06:00:00Z')).toBe('下午好'); // 14:00
    expect(greeting('2026-11-23T12:00:00Z')).toBe('晚上好'); // 20:00
  });
});
