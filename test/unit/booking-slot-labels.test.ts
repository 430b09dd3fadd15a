import {
  buildDateStrip,
  dateTitle,
  releaseHint,
  slotDay,
  slotLabel,
  slotRefusal,
} from '../../src/features/booking/slot-labels';
import type { AvailabilityDate, AvailabilitySlot } from '../../src/features/booking/types';

const slot = (state: AvailabilitySlot['state'], extra: Partial<AvailabilitySlot> = {}) => ({
  state,
  remaining: 3,
  note: null,
  ...extra,
});

describe('slot cell labels', () => {
  it('says every state in words, never by colour alone', () => {
    expect(slotLabel(slot('free'), 'whole')).toEqual({ text: '可约', detail: null, tone: 'free', bookable: true });
    expect(slotLabel(slot('few', { remaining: 1 }), 'seats')).toMatchObject({
      text: '余 1',
      tone: 'few',
      bookable: true,
    });
    expect(slotLabel(slot('full', { remaining: 0 }), 'seats')).toMatchObject({ text: '已满', bookable: false });
    expect(slotLabel(slot('mine'), 'seats')).toMatchObject({ text: '我的', detail: '已预约', bookable: false });
    expect(slotLabel(slot('past'), 'seats')).toMatchObject({ text: '已过', bookable: false });
    expect(slotLabel(slot('closed', { note: '寒假' }), 'seats')).toMatchObject({
      text: '闭馆',
      detail: '寒假',
      bookable: false,
    });
  });

  it('shows the seats left on a free cell of a room booked by seats', () => {
    expect(slotLabel(slot('free', { remaining: 8 }), 'seats').detail).toBe('余 8 位');
  });

  it('tells a day not yet released apart from a closed one', () => {
    expect(slotLabel(slot('closed', { note: '08:00 开放预约' }), 'whole')).toMatchObject({
      text: '未放号',
      detail: '08:00 放号',
    });
    expect(slotLabel(slot('closed', { note: '不开放' }), 'whole')).toMatchObject({ text: '闭馆', detail: null });
  });

  it('explains why a cell cannot be booked', () => {
    expect(slotRefusal(slot('full'))).toBe('该时段已约满');
    expect(slotRefusal(slot('past'))).toBe('该时段已开始或已结束');
    expect(slotRefusal(slot('closed', { note: '器材维修' }))).toBe('该时段不可预约：器材维修');
  });
});

describe('the date strip', () => {
  const day = (date: string, weekday: number, extra: Partial<AvailabilityDate> = {}): AvailabilityDate => ({
    date,
    weekday,
    bookable: true,
    note: null,
    freeSlots: 4,
    ...extra,
  });

  // 2026-11-23 is a Monday.
  const chips = buildDateStrip(
    [
      day('2026-11-23', 1, { freeSlots: 0 }),
      day('2026-11-24', 2),
      day('2026-11-25', 3),
      day('2026-11-26', 4, { bookable: false, note: '器材维修', freeSlots: 0 }),
      day('2026-11-29', 7, { bookable: false, note: '不开放', freeSlots: 0 }),
      day('2026-11-30', 1, { bookable: false, note: '08:00 开放预约', freeSlots: 0 }),
    ],
    '2026-11-23',
  );

  it('names the first three days 今天 明天 后天 and the rest by weekday', () => {
    expect(chips.map((c) => c.day)).toEqual(['今天', '明天', '后天', '周四', '周日', '周一']);
    expect(chips.map((c) => c.monthDay)).toEqual(['11/23', '11/24', '11/25', '11/26', '11/29', '11/30']);
  });

  it('says whether each day has room, is closed or is not released yet', () => {
    expect(chips.map((c) => [c.status, c.tone])).toEqual([
      ['无空位', 'none'],
      ['有空位', 'open'],
      ['有空位', 'open'],
      ['闭馆', 'closed'],
      ['不开放', 'closed'],
      ['未放号', 'unreleased'],
    ]);
  });

  it('tells when the next day is released', () => {
    expect(releaseHint({ windowDays: 7, releaseTime: '08:00' })).toBe('每天 08:00 开放第 7 天的预约');
    expect(releaseHint({ windowDays: 7, releaseTime: '00:00' })).toBe('可预约今天起 7 天内的时段');
    expect(releaseHint({ windowDays: 0, releaseTime: '08:00' })).toBe('只能预约当天的时段');
  });

  it('writes a local date the way Chinese users read it', () => {
    expect(dateTitle('2026-11-24', '2026-11-23T06:00:00Z')).toBe('11月24日 周二');
    expect(dateTitle('2027-01-04', '2026-11-23T06:00:00Z')).toBe('2027年1月4日 周一');
  });

  it('calls a slot offered now by 今天 / 明天, by the Beijing day', () => {
    // 16:30Z on the 23rd is already 00:30 on the 24th in Beijing.
    expect(slotDay('2026-11-24', '2026-11-23T16:30:00Z')).toBe('今天');
    expect(slotDay('2026-11-24', '2026-11-23T06:00:00Z')).toBe('明天');
    expect(slotDay('2026-11-26', '2026-11-23T06:00:00Z')).toBe('11月26日 周四');
  });
});
