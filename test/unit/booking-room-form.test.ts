import { copyDay, groupHours, hoursSummary, readRoomForm, toRoomForm } from '../../src/features/booking/room-form';
import type { Room } from '../../src/features/booking/types';

const room: Room = {
  id: 3,
  code: 'ABC123',
  active: true,
  name: '羽毛球场',
  location: '体育馆一楼',
  description: '',
  photos: ['https://example.com/a.jpg'],
  mode: 'whole',
  capacity: 4,
  slotMinutes: 60,
  openingHours: [
    { weekday: 1, opens: '16:30', closes: '20:30' },
    { weekday: 2, opens: '16:30', closes: '20:30' },
    { weekday: 6, opens: '09:00', closes: '17:00' },
  ],
  windowDays: 7,
  releaseTime: '08:00',
  cancelCutoffMinutes: 120,
  quotaPerDay: null,
  quotaPerWeek: 2,
  quotaUpcoming: 1,
  requiresApproval: false,
  checkInBeforeMinutes: 15,
  checkInAfterMinutes: 15,
};

describe('the room editor form', () => {
  it('round-trips a room into the API body, leaving its photos alone', () => {
    const result = readRoomForm(toRoomForm(room));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { id: _id, code: _code, photos: _photos, ...rules } = room;
    expect(result.value).toEqual(rules);
    expect('photos' in result.value).toBe(false);
  });

  it('reads empty quotas as 不限 (null)', () => {
    const result = readRoomForm({ ...toRoomForm(room), quotaPerWeek: '  ' });
    expect(result.ok && result.value.quotaPerWeek).toBeNull();
  });

  it('names the field that is wrong', () => {
    const form = toRoomForm(room);
    expect(readRoomForm({ ...form, name: ' ' })).toEqual({ ok: false, error: '请填写场地名称' });
    expect(readRoomForm({ ...form, capacity: '0' })).toEqual({ ok: false, error: '容量须为 1–1000 的整数' });
    expect(readRoomForm({ ...form, quotaPerDay: '2.5' })).toEqual({ ok: false, error: '每人每天次数须为 1–50 的整数' });
    expect(readRoomForm({ ...form, checkInAfterMinutes: '90' })).toEqual({
      ok: false,
      error: '开始后可签到分钟数不能超过时段长度',
    });
  });

  it('refuses opening hours that overlap or cannot hold one slot', () => {
    const form = toRoomForm(room);
    const overlap = form.hours.map((d, i) => (i === 0 ? [...d, { opens: '19:00', closes: '21:00' }] : d));
    expect(readRoomForm({ ...form, hours: overlap })).toEqual({
      ok: false,
      error: '开放时间 周一 19:00–21:00 与同日其他时间重叠',
    });
    const short = form.hours.map((d, i) => (i === 2 ? [{ opens: '12:00', closes: '12:30' }] : d));
    expect(readRoomForm({ ...form, hours: short })).toEqual({
      ok: false,
      error: '开放时间 周三 12:00–12:30 不足一个时段（60 分钟）',
    });
    expect(readRoomForm({ ...form, hours: form.hours.map(() => []) })).toEqual({
      ok: false,
      error: '请至少设置一天的开放时间',
    });
  });

  it('starts a new room open on weekdays 08:00–18:00', () => {
    const form = toRoomForm();
    expect(form.hours.map((d) => d.length)).toEqual([1, 1, 1, 1, 1, 0, 0]);
    expect(readRoomForm({ ...form, name: '职工书屋' }).ok).toBe(true);
  });

  it('copies Monday’s hours to the other weekdays', () => {
    const week = copyDay(groupHours(room.openingHours), 0, [1, 2, 3, 4]);
    expect(week.map((d) => d.map((p) => p.opens))).toEqual([
      ['16:30'],
      ['16:30'],
      ['16:30'],
      ['16:30'],
      ['16:30'],
      ['09:00'],
      [],
    ]);
  });

  it('summarises the week in one line, joining days with the same hours', () => {
    expect(hoursSummary(room.openingHours)).toBe('周一至周二 16:30–20:30 · 周六 09:00–17:00');
    expect(hoursSummary([])).toBe('未设置开放时间');
  });
});
