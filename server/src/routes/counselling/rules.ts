import type { Queryable } from '../../db';
import { counsellingManageRepository } from './manage-repository';
import { addMinutes, localDay, localInstant, shiftDay } from './slots';

/** The consent text's version; the mini-program shows the text of the same version. */
export const CONSENT_VERSION = '2026-11';
/** At most this many upcoming appointments per member (enforced by a unique index on the slot number). */
export const MAX_UPCOMING = 2;
/** Records are anonymised this long after the session; only counts remain. */
export const RETENTION_YEARS = 3;
/** A counsellor's average is shown only once it cannot reveal a single member's score. */
export const MIN_RATINGS_FOR_AVERAGE = 3;

export const MODES = ['in_person', 'phone', 'online'] as const;
export type Mode = (typeof MODES)[number];
export const MODE_LABELS: Record<Mode, string> = { in_person: '面谈', phone: '电话', online: '线上' };

export const STATUSES = [
  'requested',
  'proposed',
  'confirmed',
  'declined',
  'cancelled',
  'expired',
  'completed',
  'no_show',
] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses that hold the counsellor's time (and one of the member's two upcoming places). */
export const HOLDING: readonly Status[] = ['requested', 'proposed', 'confirmed'];

export interface Hotline {
  number: string;
  label: string;
}

export interface CounsellingSettings {
  hotlines: Hotline[];
  windowDays: number;
  minNoticeHours: number;
  cancelCutoffHours: number;
}

export const DEFAULT_SETTINGS: CounsellingSettings = {
  hotlines: [
    { number: '12356', label: '心理援助热线' },
    { number: '12351', label: '职工服务热线' },
  ],
  windowDays: 14,
  minNoticeHours: 12,
  cancelCutoffHours: 12,
};

/** The union's settings once its officers saved them, the defaults before. */
export async function loadSettings(db: Queryable, unionId: number): Promise<CounsellingSettings> {
  return (await counsellingManageRepository(db).savedSettings(unionId)) ?? DEFAULT_SETTINGS;
}

/** Sessions can be booked from `minNoticeHours` from now to the end of the last day of the window. */
export function bookingWindow(settings: CounsellingSettings, now: Date): { from: Date; until: Date } {
  return {
    from: addMinutes(now, settings.minNoticeHours * 60),
    until: localInstant(shiftDay(localDay(now), settings.windowDays + 1), 0),
  };
}

export interface CancelState {
  canCancel: boolean;
  /** For a confirmed session: the last moment it can be cancelled online. */
  cancelDeadline: Date | null;
}

/**
 * A request or proposal can be withdrawn until it starts; a confirmed session until the cut-off,
 * because the counsellor keeps that time for the member.
 */
export function cancelState(a: { status: string; startsAt: Date }, now: Date, cutoffHours: number): CancelState {
  if (!HOLDING.includes(a.status as Status) || a.startsAt <= now) return { canCancel: false, cancelDeadline: null };
  if (a.status !== 'confirmed') return { canCancel: true, cancelDeadline: null };
  const deadline = addMinutes(a.startsAt, -cutoffHours * 60);
  return { canCancel: now < deadline, cancelDeadline: deadline };
}

/** Page paths the messages link to. */
export const LINKS = {
  member: (id: number) => `/packages/counselling/pages/appointment/index?id=${id}`,
  desk: (id: number) => `/packages/counselling/pages/desk-appointment/index?id=${id}`,
};

/**
 * Message texts say only that something changed: a message list can be seen over a shoulder or on
 * a lock screen, so the who, when and why stay behind the link.
 */
export const MESSAGES = {
  memberUpdate: { title: '您的预约有更新', body: '请打开查看详情。' },
  memberReminder: { title: '预约提醒', body: '您有一个预约即将开始，请打开查看。' },
  deskUpdate: { title: '咨询工作台有更新', body: '请打开查看详情。' },
  deskReminder: { title: '咨询工作台提醒', body: '您有一个咨询即将开始，请打开查看。' },
};
export const NOTIFY_KIND = 'counselling';
