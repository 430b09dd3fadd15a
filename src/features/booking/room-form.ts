// The room editor's state: text fields as typed, opening hours grouped by weekday, and the one
// place they are checked and turned into the API's shape. Pure (no Taro), unit-tested.
import { minutesOf } from './clock';
import type { OpeningPeriod, Room, RoomMode, RoomRules } from './types';

export interface Period {
  opens: string;
  closes: string;
}

/** Index 0 is 周一 … 6 is 周日. */
export type WeekHours = Period[][];

export interface RoomForm {
  name: string;
  location: string;
  description: string;
  mode: RoomMode;
  capacity: string;
  slotMinutes: number;
  hours: WeekHours;
  windowDays: string;
  releaseTime: string;
  cancelCutoffMinutes: number;
  /** '' means 不限. */
  quotaPerDay: string;
  quotaPerWeek: string;
  quotaUpcoming: string;
  requiresApproval: boolean;
  checkInBeforeMinutes: string;
  checkInAfterMinutes: string;
  active: boolean;
}

export const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

export const SLOT_CHOICES = [30, 45, 60, 90, 120, 180, 240];
export const CUTOFF_CHOICES = [0, 30, 60, 120, 360, 720, 1440, 2880];

/** Choices for a picker, keeping a value set elsewhere (another length) in the list. */
export function choicesWith(choices: number[], value: number): number[] {
  return choices.includes(value) ? choices : [...choices, value].sort((a, b) => a - b);
}

export function groupHours(hours: OpeningPeriod[]): WeekHours {
  const week: WeekHours = WEEKDAY_NAMES.map(() => []);
  for (const h of hours) week[h.weekday - 1]?.push({ opens: h.opens, closes: h.closes });
  return week.map((day) => day.sort((a, b) => a.opens.localeCompare(b.opens)));
}

function flattenHours(week: WeekHours): OpeningPeriod[] {
  return week.flatMap((day, i) => day.map((p) => ({ weekday: i + 1, opens: p.opens, closes: p.closes })));
}

/** Copies one weekday's periods onto other weekdays (周一 → 周二 … 周五). */
export function copyDay(week: WeekHours, from: number, to: number[]): WeekHours {
  return week.map((day, i) => (to.includes(i) ? week[from]!.map((p) => ({ ...p })) : day));
}

const DEFAULT_DAY: Period[] = [{ opens: '08:00', closes: '18:00' }];

export function toRoomForm(room?: Room): RoomForm {
  const quota = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    name: room?.name ?? '',
    location: room?.location ?? '',
    description: room?.description ?? '',
    mode: room?.mode ?? 'seats',
    capacity: String(room?.capacity ?? 4),
    slotMinutes: room?.slotMinutes ?? 60,
    hours: room
      ? groupHours(room.openingHours)
      : WEEKDAY_NAMES.map((_, i) => (i < 5 ? DEFAULT_DAY.map((p) => ({ ...p })) : [])),
    windowDays: String(room?.windowDays ?? 7),
    releaseTime: room?.releaseTime ?? '00:00',
    cancelCutoffMinutes: room?.cancelCutoffMinutes ?? 60,
    quotaPerDay: quota(room?.quotaPerDay),
    quotaPerWeek: quota(room?.quotaPerWeek),
    quotaUpcoming: quota(room?.quotaUpcoming),
    requiresApproval: room?.requiresApproval ?? false,
    checkInBeforeMinutes: String(room?.checkInBeforeMinutes ?? 15),
    checkInAfterMinutes: String(room?.checkInAfterMinutes ?? 15),
    active: room?.active ?? true,
  };
}

/** Photos are left out: the editor does not change them, and PATCH leaves what it is not sent. */
export type RoomFormValue = Omit<RoomRules, 'photos'> & { active: boolean };
export type RoomFormResult = { ok: true; value: RoomFormValue } | { ok: false; error: string };

function whole(text: string, label: string, min: number, max: number): number | string {
  const value = text.trim();
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) return `${label}须为 ${min}–${max} 的整数`;
  return Number(value);
}

/** Checks the form and answers the API body, or the first problem in words that name the field. */
export function readRoomForm(form: RoomForm): RoomFormResult {
  const fail = (error: string): RoomFormResult => ({ ok: false, error });
  const name = form.name.trim();
  if (!name) return fail('请填写场地名称');
  if (name.length > 30) return fail('场地名称不超过 30 个字');
  if (form.location.trim().length > 60) return fail('位置不超过 60 个字');
  const numbers = {
    capacity: whole(form.capacity, '容量', 1, 1000),
    windowDays: whole(form.windowDays, '可提前预约天数', 0, 60),
    checkInBeforeMinutes: whole(form.checkInBeforeMinutes, '开始前可签到分钟数', 0, 120),
    checkInAfterMinutes: whole(form.checkInAfterMinutes, '开始后可签到分钟数', 1, 120),
  };
  for (const v of Object.values(numbers)) if (typeof v === 'string') return fail(v);
  const quotas = {
    quotaPerDay: form.quotaPerDay.trim() ? whole(form.quotaPerDay, '每人每天次数', 1, 50) : null,
    quotaPerWeek: form.quotaPerWeek.trim() ? whole(form.quotaPerWeek, '每人每周次数', 1, 100) : null,
    quotaUpcoming: form.quotaUpcoming.trim() ? whole(form.quotaUpcoming, '未使用预约上限', 1, 100) : null,
  };
  for (const v of Object.values(quotas)) if (typeof v === 'string') return fail(v);
  if ((numbers.checkInAfterMinutes as number) > form.slotMinutes) return fail('开始后可签到分钟数不能超过时段长度');

  for (const [i, day] of form.hours.entries()) {
    const sorted = [...day].sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
    for (const [j, p] of sorted.entries()) {
      const label = `${WEEKDAY_NAMES[i]} ${p.opens}–${p.closes}`;
      if (minutesOf(p.closes) - minutesOf(p.opens) < form.slotMinutes)
        return fail(`开放时间 ${label} 不足一个时段（${form.slotMinutes} 分钟）`);
      const previous = sorted[j - 1];
      if (previous && minutesOf(previous.closes) > minutesOf(p.opens))
        return fail(`开放时间 ${label} 与同日其他时间重叠`);
    }
  }
  const openingHours = flattenHours(form.hours);
  if (openingHours.length === 0) return fail('请至少设置一天的开放时间');

  return {
    ok: true,
    value: {
      name,
      location: form.location.trim(),
      description: form.description.trim(),
      mode: form.mode,
      slotMinutes: form.slotMinutes,
      openingHours,
      releaseTime: form.releaseTime,
      cancelCutoffMinutes: form.cancelCutoffMinutes,
      requiresApproval: form.requiresApproval,
      active: form.active,
      capacity: numbers.capacity as number,
      windowDays: numbers.windowDays as number,
      checkInBeforeMinutes: numbers.checkInBeforeMinutes as number,
      checkInAfterMinutes: numbers.checkInAfterMinutes as number,
      quotaPerDay: quotas.quotaPerDay as number | null,
      quotaPerWeek: quotas.quotaPerWeek as number | null,
      quotaUpcoming: quotas.quotaUpcoming as number | null,
    },
  };
}

/** One line about a room's hours for lists: '周一至周五 08:00–18:00 · 周六 09:00–17:00'. */
export function hoursSummary(hours: OpeningPeriod[]): string {
  const week = groupHours(hours).map((day) => day.map((p) => `${p.opens}–${p.closes}`).join('、'));
  const parts: string[] = [];
  let i = 0;
  while (i < 7) {
    if (!week[i]) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < 7 && week[j + 1] === week[i]) j += 1;
    const days = j === i ? WEEKDAY_NAMES[i] : `${WEEKDAY_NAMES[i]}至${WEEKDAY_NAMES[j]}`;
    parts.push(`${days} ${week[i]}`);
    i = j + 1;
  }
  return parts.length ? parts.join(' · ') : '未设置开放时间';
}
