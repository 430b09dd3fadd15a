// What a slot cell and a date chip say. Pure (no Taro) so it is unit-tested; every state has its
// own words as well as its own colour, so nobody has to tell states apart by colour alone.
import { formatDate, todayIn, type DateInput } from '@/lib/dayjs';
import type { AvailabilityDate, AvailabilitySlot, RoomMode, RoomRules } from './types';

export type SlotTone = 'free' | 'few' | 'full' | 'mine' | 'closed' | 'past';

export interface SlotLabel {
  /** The big word on the cell: 可约 / 余 2 / 已满 / 我的 / 闭馆 / 未放号 / 已过. */
  text: string;
  /** A smaller second line, or null. */
  detail: string | null;
  tone: SlotTone;
  /** Only free cells open the booking sheet. */
  bookable: boolean;
}

const RELEASE_NOTE = /开放预约/;

export function slotLabel(slot: Pick<AvailabilitySlot, 'state' | 'remaining' | 'note'>, mode: RoomMode): SlotLabel {
  switch (slot.state) {
    case 'free':
      return {
        text: '可约',
        detail: mode === 'seats' ? `余 ${slot.remaining} 位` : null,
        tone: 'free',
        bookable: true,
      };
    case 'few':
      return { text: `余 ${slot.remaining}`, detail: '名额紧张', tone: 'few', bookable: true };
    case 'full':
      return { text: '已满', detail: null, tone: 'full', bookable: false };
    case 'mine':
      return { text: '我的', detail: '已预约', tone: 'mine', bookable: false };
    case 'past':
      return { text: '已过', detail: null, tone: 'past', bookable: false };
    case 'closed':
    default:
      if (slot.note && RELEASE_NOTE.test(slot.note)) {
        return { text: '未放号', detail: slot.note.replace(' 开放预约', ' 放号'), tone: 'closed', bookable: false };
      }
      return {
        text: '闭馆',
        detail: slot.note && slot.note !== '不开放' ? slot.note : null,
        tone: 'closed',
        bookable: false,
      };
  }
}

/** Why tapping a cell that cannot be booked does nothing, said in one short line. */
export function slotRefusal(slot: Pick<AvailabilitySlot, 'state' | 'note'>): string {
  switch (slot.state) {
    case 'full':
      return '该时段已约满';
    case 'past':
      return '该时段已开始或已结束';
    case 'mine':
      return '您已预约该时段';
    default:
      return slot.note ? `该时段不可预约：${slot.note}` : '该时段不开放';
  }
}

export type DateTone = 'open' | 'none' | 'closed' | 'unreleased';

export interface DateChip {
  date: string;
  /** 今天 / 明天 / 后天 / 周三 */
  day: string;
  /** 11/24 */
  monthDay: string;
  /** 有空位 / 无空位 / 闭馆 / 未放号 / 不开放 */
  status: string;
  tone: DateTone;
}

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const RELATIVE = ['今天', '明天', '后天'];

function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The chips of the date strip over the booking window, in order. */
export function buildDateStrip(dates: AvailabilityDate[], today: string): DateChip[] {
  return dates.map((d) => {
    const diff = dayDiff(today, d.date);
    const [, month, day] = d.date.split('-');
    const base = {
      date: d.date,
      day: RELATIVE[diff] ?? WEEKDAYS[d.weekday] ?? '',
      monthDay: `${Number(month)}/${Number(day)}`,
    };
    if (d.bookable)
      return { ...base, status: d.freeSlots > 0 ? '有空位' : '无空位', tone: d.freeSlots > 0 ? 'open' : 'none' };
    if (d.note && RELEASE_NOTE.test(d.note)) return { ...base, status: '未放号', tone: 'unreleased' };
    if (!d.note || d.note === '不开放') return { ...base, status: '不开放', tone: 'closed' };
    return { ...base, status: '闭馆', tone: 'closed' };
  });
}

/** The line over the strip that says how far ahead one can book and when a new day opens. */
export function releaseHint(room: Pick<RoomRules, 'windowDays' | 'releaseTime'>): string {
  if (room.windowDays === 0) return '只能预约当天的时段';
  if (room.releaseTime === '00:00') return `可预约今天起 ${room.windowDays} 天内的时段`;
  return `每天 ${room.releaseTime} 开放第 ${room.windowDays} 天的预约`;
}

/** 今天 / 明天 for those two days, else '11月26日 周四': for a slot offered right now. */
export function slotDay(date: string, now: DateInput = Date.now()): string {
  const today = todayIn(now);
  const diff = dayDiff(today, date);
  return diff === 0 ? '今天' : diff === 1 ? '明天' : dateTitle(date, now);
}

/** '11月24日 周二' for a local 'YYYY-MM-DD' (the year added when it is not this year's). */
export function dateTitle(date: string, now: DateInput = Date.now()): string {
  return formatDate(`${date}T12:00:00+08:00`, now);
}
