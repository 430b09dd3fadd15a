// The rules the confirm sheet shows before a member books: cancel cut-off, check-in time, quotas
// left. Pure (no Taro); the server enforces every one of them again in its transaction.
import { formatDateTime } from '@/lib/dayjs';
import { releaseHint } from './slot-labels';
import type { QuotaUsage, QuotaUse, RoomRules, RoomRulesView } from './types';

/** '2 小时', '30 分钟', '1 天', '1 小时 30 分钟' */
export function formatDuration(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) return `${minutes / 1440} 天`;
  if (minutes >= 60 && minutes % 60 !== 0) return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`;
  if (minutes >= 60) return `${minutes / 60} 小时`;
  return `${minutes} 分钟`;
}

export function cancelRule(
  room: Pick<RoomRules, 'cancelCutoffMinutes'>,
  startsAt: string,
  now: number = Date.now(),
): string {
  if (room.cancelCutoffMinutes === 0) return '开始前可随时取消';
  const deadline = Date.parse(startsAt) - room.cancelCutoffMinutes * 60_000;
  return `开始前 ${formatDuration(room.cancelCutoffMinutes)}内不能取消（${formatDateTime(deadline, now)} 前可取消）`;
}

export function checkInRule(room: Pick<RoomRules, 'checkInBeforeMinutes' | 'checkInAfterMinutes'>): string {
  const from = room.checkInBeforeMinutes > 0 ? `开始前 ${room.checkInBeforeMinutes} 分钟至` : '';
  return `请在${from}开始后 ${room.checkInAfterMinutes} 分钟内到场扫码签到，逾时记为未到场`;
}

export interface QuotaLine {
  text: string;
  /** Nothing left: the server will refuse. */
  exhausted: boolean;
}

const isThisWeek = (quota: Pick<QuotaUsage, 'weekStart' | 'weekEnd'>, today: string) =>
  quota.weekStart <= today && today <= quota.weekEnd;

/**
 * The confirm sheet's '当天还可预约 1 次（每天 1 次）' for each quota the room has, from the counts
 * the server sent with the slot grid (the very counts its booking rules check).
 */
export function quotaLines(quota: QuotaUsage | null, today: string): QuotaLine[] {
  if (!quota) return [];
  const week = isThisWeek(quota, today) ? '本周' : '当周';
  const line = (label: string, use: QuotaUse | null, unit: string): QuotaLine[] => {
    if (!use) return [];
    const left = Math.max(0, use.limit - use.used);
    return [
      {
        text:
          left > 0
            ? `${label}还可预约 ${left} 次（${unit} ${use.limit} 次）`
            : `${label}已无可用次数（${unit} ${use.limit} 次）`,
        exhausted: left === 0,
      },
    ];
  };
  const upcoming = quota.upcoming;
  return [
    ...line('当天', quota.perDay, '每天'),
    ...line(week, quota.perWeek, '每周'),
    ...(upcoming === null
      ? []
      : [
          upcoming.used < upcoming.limit
            ? { text: `未使用的预约最多 ${upcoming.limit} 个，您现有 ${upcoming.used} 个`, exhausted: false }
            : { text: `未使用的预约已达上限（最多 ${upcoming.limit} 个）`, exhausted: true },
        ]),
  ];
}

export interface QuotaChip {
  /** 今天已约 / 11月26日已约 / 本周已约 / 待使用 */
  label: string;
  /** '1/3 次' */
  value: string;
  full: boolean;
}

/** The room page's usage line for the date on screen: 今天已约 1/1 次 · 本周已约 2/3 次 · 待使用 1/2 个. */
export function quotaChips(quota: QuotaUsage | null, today: string): QuotaChip[] {
  if (!quota) return [];
  const [, month, day] = quota.date.split('-');
  const chip = (label: string, use: QuotaUse | null, unit: string): QuotaChip[] =>
    use ? [{ label, value: `${use.used}/${use.limit} ${unit}`, full: use.used >= use.limit }] : [];
  return [
    ...chip(quota.date === today ? '今天已约' : `${Number(month)}月${Number(day)}日已约`, quota.perDay, '次'),
    ...chip(isThisWeek(quota, today) ? '本周已约' : '当周已约', quota.perWeek, '次'),
    ...chip('待使用', quota.upcoming, '个'),
  ];
}

/** The room's rules in short lines, for the 预约规则 card on the room page. */
export function ruleLines(rules: RoomRulesView): { label: string; text: string }[] {
  const from = rules.checkInBeforeMinutes > 0 ? `开始前 ${rules.checkInBeforeMinutes} 分钟至` : '';
  const limits = [
    rules.quotaPerDay === null ? null : `每天 ${rules.quotaPerDay} 次`,
    rules.quotaPerWeek === null ? null : `每周 ${rules.quotaPerWeek} 次`,
    rules.quotaUpcoming === null ? null : `未使用的预约最多 ${rules.quotaUpcoming} 个`,
  ].filter(Boolean);
  return [
    { label: '预约时间', text: releaseHint(rules) },
    { label: '预约次数', text: limits.length ? `每人${limits.join('，')}` : '不限次数' },
    {
      label: '取消',
      text:
        rules.cancelCutoffMinutes === 0
          ? '开始前可随时取消'
          : `开始前 ${formatDuration(rules.cancelCutoffMinutes)}内不能取消`,
    },
    { label: '签到', text: `${from}开始后 ${rules.checkInAfterMinutes} 分钟内扫码，逾时记为未到场` },
    { label: '审核', text: rules.requiresApproval ? '需工会审核，通过后才算预约成功' : '无需审核，提交即预约成功' },
  ];
}
