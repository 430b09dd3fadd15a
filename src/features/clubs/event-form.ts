import { beijing, todayIn } from '@/lib/dayjs';
import type { Audience, EventRoom, NewEvent } from './types';

export type DeadlineChoice = 'start' | 'twoHours' | 'dayBefore';

/** What the leader fills in; times are Beijing wall-clock strings as the pickers give them. */
export interface EventDraft {
  title: string;
  description: string;
  date: string;
  start: string;
  end: string;
  where: 'room' | 'place';
  roomId: number | null;
  place: string;
  capacity: string;
  deadline: DeadlineChoice;
  audience: Audience;
}

export const DEADLINES: { key: DeadlineChoice; label: string }[] = [
  { key: 'dayBefore', label: '前一天 18:00' },
  { key: 'twoHours', label: '开始前 2 小时' },
  { key: 'start', label: '活动开始时' },
];

export const AUDIENCES: { key: Audience; label: string }[] = [
  { key: 'members', label: '仅社团成员' },
  { key: 'union', label: '全校会员' },
];

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** The instant of a Beijing date and 'HH:mm'. */
const atBeijing = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

export const addDays = (date: string, days: number) =>
  beijing(atBeijing(date, '12:00')).add(days, 'day').format('YYYY-MM-DD');

/** A new event three days from today, 15:00–17:00, sign-up until the evening before. */
export function newDraft(now: Date = new Date()): EventDraft {
  return {
    title: '',
    description: '',
    date: addDays(todayIn(now), 3),
    start: '15:00',
    end: '17:00',
    where: 'place',
    roomId: null,
    place: '',
    capacity: '20',
    deadline: 'dayBefore',
    audience: 'members',
  };
}

export function deadlineOf(draft: Pick<EventDraft, 'date' | 'start' | 'deadline'>): Date {
  const startsAt = atBeijing(draft.date, draft.start);
  if (draft.deadline === 'start') return startsAt;
  if (draft.deadline === 'twoHours') return new Date(startsAt.getTime() - 2 * 3_600_000);
  return atBeijing(addDays(draft.date, -1), '18:00');
}

const durationText = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} 小时` : `${minutes} 分钟`);

/** '周四开放 16:30–20:30，每 1 小时一段，最多 4 人' — what the leader needs to pick fitting times. */
export function roomHint(room: EventRoom, date: string): string {
  const weekday = beijing(atBeijing(date, '12:00')).day() || 7;
  const hours = room.openingHours.filter((h) => h.weekday === weekday).map((h) => `${h.opens}–${h.closes}`);
  const open = hours.length ? `${WEEKDAYS[weekday]}开放 ${hours.join('、')}` : `${WEEKDAYS[weekday]}不开放`;
  return `${open}，每 ${durationText(room.slotMinutes)}一段，最多 ${room.capacity} 人`;
}

/** The request for createClubEvent, or the first thing to fix, in words. */
export function eventInput(draft: EventDraft, now: Date = new Date()): NewEvent | string {
  const title = draft.title.trim();
  const capacity = Number(draft.capacity);
  if (!title) return '请填写活动名称';
  if (draft.where === 'room' && !draft.roomId) return '请选择活动室';
  if (draft.where === 'place' && !draft.place.trim()) return '请填写活动地点';
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000) return '名额请填 1 到 1000 之间的整数';
  const startsAt = atBeijing(draft.date, draft.start);
  const endsAt = atBeijing(draft.date, draft.end);
  if (endsAt <= startsAt) return '结束时间须晚于开始时间';
  const signupDeadline = deadlineOf(draft);
  if (signupDeadline <= now) return '报名截止时间已过，请换一个截止时间或改期';
  return {
    title,
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    ...(draft.where === 'room' ? { roomId: draft.roomId! } : { place: draft.place.trim() }),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    signupDeadline: signupDeadline.toISOString(),
    capacity,
    audience: draft.audience,
  };
}
