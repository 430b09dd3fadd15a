import {
  cancelRule,
  checkInRule,
  formatDuration,
  quotaChips,
  quotaLines,
  ruleLines,
} from '../../src/features/booking/rules-text';
import { bookingStatusLabel, dayBookingLabel } from '../../src/features/booking/status';
import type { Booking, QuotaUsage } from '../../src/features/booking/types';

// Monday 2026-11-23 14:00 in Beijing.
const NOW = Date.parse('2026-11-23T06:00:00Z');

describe('the rules on the confirm sheet', () => {
  it('writes durations the way the server does', () => {
    expect(formatDuration(30)).toBe('30 分钟');
    expect(formatDuration(120)).toBe('2 小时');
    expect(formatDuration(90)).toBe('1 小时 30 分钟');
    expect(formatDuration(1440)).toBe('1 天');
  });

  it('states the cancel cut-off with its deadline', () => {
    expect(cancelRule({ cancelCutoffMinutes: 120 }, '2026-11-24T10:30:00Z', NOW)).toBe(
      '开始前 2 小时内不能取消（11月24日 周二 16:30 前可取消）',
    );
    expect(cancelRule({ cancelCutoffMinutes: 0 }, '2026-11-24T10:30:00Z', NOW)).toBe('开始前可随时取消');
  });

  it('states the check-in window', () => {
    expect(checkInRule({ checkInBeforeMinutes: 15, checkInAfterMinutes: 15 })).toBe(
      '请在开始前 15 分钟至开始后 15 分钟内到场扫码签到，逾时记为未到场',
    );
    expect(checkInRule({ checkInBeforeMinutes: 0, checkInAfterMinutes: 10 })).toBe(
      '请在开始后 10 分钟内到场扫码签到，逾时记为未到场',
    );
  });
});

describe('quotas left and the room’s rules', () => {
  const TODAY = '2026-11-23';
  const week = { weekStart: '2026-11-23', weekEnd: '2026-11-29' };
  const quota = (over: Partial<QuotaUsage>): QuotaUsage => ({
    date: '2026-11-25',
    ...week,
    perDay: null,
    perWeek: null,
    upcoming: null,
    ...over,
  });

  it('tells what is left of each quota from the server’s counts', () => {
    const q = quota({ perDay: { used: 1, limit: 1 }, perWeek: { used: 2, limit: 3 }, upcoming: { used: 1, limit: 2 } });
    expect(quotaLines(q, TODAY)).toEqual([
      { text: '当天已无可用次数（每天 1 次）', exhausted: true },
      { text: '本周还可预约 1 次（每周 3 次）', exhausted: false },
      { text: '未使用的预约最多 2 个，您现有 1 个', exhausted: false },
    ]);
    expect(quotaLines(quota({ upcoming: { used: 1, limit: 1 } }), TODAY)).toEqual([
      { text: '未使用的预约已达上限（最多 1 个）', exhausted: true },
    ]);
  });

  it('says 当周 for a week that is not this one, and nothing for a room without quotas', () => {
    const next = quota({
      date: '2026-12-01',
      weekStart: '2026-11-30',
      weekEnd: '2026-12-06',
      perWeek: { used: 0, limit: 2 },
    });
    expect(quotaLines(next, TODAY)).toEqual([{ text: '当周还可预约 2 次（每周 2 次）', exhausted: false }]);
    expect(quotaLines(null, TODAY)).toEqual([]);
    expect(quotaChips(null, TODAY)).toEqual([]);
  });

  it('shows the member’s use for the date on screen as 已约 used/limit', () => {
    const q = quota({
      date: TODAY,
      perDay: { used: 1, limit: 1 },
      perWeek: { used: 2, limit: 3 },
      upcoming: { used: 1, limit: 2 },
    });
    expect(quotaChips(q, TODAY)).toEqual([
      { label: '今天已约', value: '1/1 次', full: true },
      { label: '本周已约', value: '2/3 次', full: false },
      { label: '待使用', value: '1/2 个', full: false },
    ]);
    expect(quotaChips(quota({ perDay: { used: 0, limit: 1 } }), TODAY)).toEqual([
      { label: '11月25日已约', value: '0/1 次', full: false },
    ]);
  });

  it('writes the room’s rules in short lines', () => {
    const rules = {
      openingHours: [],
      windowDays: 7,
      releaseTime: '08:00',
      cancelCutoffMinutes: 120,
      quotaPerDay: null,
      quotaPerWeek: 2,
      quotaUpcoming: 1,
      requiresApproval: true,
      checkInBeforeMinutes: 15,
      checkInAfterMinutes: 10,
    };
    expect(ruleLines(rules)).toEqual([
      { label: '预约时间', text: '每天 08:00 开放第 7 天的预约' },
      { label: '预约次数', text: '每人每周 2 次，未使用的预约最多 1 个' },
      { label: '取消', text: '开始前 2 小时内不能取消' },
      { label: '签到', text: '开始前 15 分钟至开始后 10 分钟内扫码，逾时记为未到场' },
      { label: '审核', text: '需工会审核，通过后才算预约成功' },
    ]);
    const open = ruleLines({
      ...rules,
      releaseTime: '00:00',
      quotaPerWeek: null,
      quotaUpcoming: null,
      cancelCutoffMinutes: 0,
      requiresApproval: false,
    });
    expect(open.map((l) => l.text)).toEqual(
      expect.arrayContaining(['可预约今天起 7 天内的时段', '不限次数', '开始前可随时取消', '无需审核，提交即预约成功']),
    );
  });
});

describe('booking status words', () => {
  const b = (status: Booking['status'], source: Booking['source'] = 'member') => ({
    status,
    source,
    checkInOpensAt: '2026-11-23T05:45:00Z',
    checkInClosesAt: '2026-11-23T06:15:00Z',
  });

  it('reads 待签到 once the check-in time has come, else the status', () => {
    expect(bookingStatusLabel(b('confirmed'), NOW)).toEqual({ text: '待签到', tone: 'orange' });
    expect(bookingStatusLabel(b('confirmed'), NOW - 3_600_000)).toEqual({ text: '已确认', tone: 'green' });
    expect(bookingStatusLabel(b('pending'), NOW).text).toBe('待审核');
    expect(bookingStatusLabel(b('no_show'), NOW).text).toBe('未到场');
    expect(bookingStatusLabel(b('cancelled'), NOW).text).toBe('已取消');
  });

  it('never asks a 固定安排 held for a group to check in', () => {
    expect(bookingStatusLabel(b('confirmed', 'series'), NOW)).toEqual({ text: '已确认', tone: 'green' });
  });

  it('marks a started slot’s unchecked booking 未签到 in the staff day view', () => {
    const started = { startsAt: '2026-11-23T05:30:00Z', endsAt: '2026-11-23T06:30:00Z' };
    const later = { startsAt: '2026-11-23T07:00:00Z', endsAt: '2026-11-23T08:00:00Z' };
    expect(dayBookingLabel({ status: 'confirmed', source: 'member' }, started, NOW).text).toBe('未签到');
    expect(dayBookingLabel({ status: 'confirmed', source: 'member' }, later, NOW).text).toBe('待签到');
    expect(dayBookingLabel({ status: 'checked_in', source: 'member' }, started, NOW).text).toBe('已签到');
  });

  it('shows a recurring booking held for a group as in use, then ended, never 未签到', () => {
    const started = { startsAt: '2026-11-23T05:30:00Z', endsAt: '2026-11-23T06:30:00Z' };
    expect(dayBookingLabel({ status: 'confirmed', source: 'series' }, started, NOW).text).toBe('使用中');
    expect(dayBookingLabel({ status: 'confirmed', source: 'series' }, started, NOW + 3_600_000).text).toBe('已结束');
  });
});
