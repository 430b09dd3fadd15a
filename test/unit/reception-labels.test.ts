import {
  addDays,
  dueText,
  formatDay,
  memberStageOf,
  monthLabel,
  nextWeekday,
  percent,
  shiftMonth,
  slotRange,
  stageOf,
  todayIn,
  weeklyPlan,
} from '../../src/features/reception/labels';

// 2026-11-25 09:00 in Beijing is 01:00 UTC: the Beijing calendar, not the device's, decides the day.
const NOW = Date.parse('2026-11-25T01:00:00Z');

describe('reception wording', () => {
  it('reads slots and days in Beijing time', () => {
    expect(slotRange('2026-11-25T06:20:00Z', '2026-11-25T06:40:00Z')).toBe('14:20–14:40');
    expect(formatDay('2026-11-25', NOW)).toBe('11月25日 周三');
    expect(formatDay('2027-01-06', NOW)).toBe('2027年1月6日 周三');
    expect(todayIn(Date.parse('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(addDays('2026-11-28', 7)).toBe('2026-12-05');
  });

  it('counts down to a reply deadline and says when it has passed', () => {
    expect(dueText('2026-11-28', NOW)).toBe('还剩 3 天');
    expect(dueText('2026-11-25', NOW)).toBe('今天到期');
    expect(dueText('2026-11-23', NOW)).toBe('已逾期 2 天');
  });

  it('puts 答复逾期 first for officers, and tells the member what happens next', () => {
    expect(stageOf({ stage: 'assigned', overdue: true })).toEqual({ label: '答复逾期', tone: 'orange' });
    expect(stageOf({ stage: 'assigned', overdue: false }).label).toBe('已交办');
    expect(memberStageOf({ stage: 'assigned', overdue: true }).label).toBe('办理中');
    expect(memberStageOf({ stage: 'replied', overdue: false }).label).toBe('待评价');
    expect(memberStageOf({ stage: 'booked', overdue: false }).label).toBe('待接待');
  });

  it('steps through months across a year and shows rates', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(monthLabel('2026-03')).toBe('2026年3月');
    expect(percent(0.6667)).toBe('66.7%');
    expect(percent(null)).toBe('—');
  });
});

describe('publishing plan', () => {
  it('starts on the next Wednesday and counts the weekly sessions', () => {
    expect(nextWeekday('2026-11-23', 3)).toBe('2026-11-25');
    expect(nextWeekday('2026-11-25', 3)).toBe('2026-12-02');
    expect(nextWeekday('2026-11-29', 3)).toBe('2026-12-02');
    expect(weeklyPlan('2026-11-25', '2027-02-10')).toBe('每周三一场，共 12 场');
    expect(weeklyPlan('2026-11-25', '2026-11-25')).toBe('每周三一场，共 1 场');
  });
});
