import { beijing } from '@/lib/dayjs';
import type { ContactPreference, HelpEvent, HelpStatus, Rating, Urgency } from './types';

/** What the member reads: the case is theirs, so "等待您补充". */
export const MEMBER_STATUS: Record<HelpStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '处理中',
  waiting_member: '等待您补充',
  resolved: '已办结',
  closed: '已关闭',
  rejected: '未予办理',
  withdrawn: '已撤回',
};

export const HANDLER_STATUS: Record<HelpStatus, string> = { ...MEMBER_STATUS, waiting_member: '待会员补充' };

export type Tone = 'green' | 'orange' | 'grey' | 'red' | 'blue';
export const STATUS_TONE: Record<HelpStatus, Tone> = {
  submitted: 'blue',
  accepted: 'blue',
  in_progress: 'green',
  waiting_member: 'orange',
  resolved: 'green',
  closed: 'grey',
  rejected: 'grey',
  withdrawn: 'grey',
};

export const URGENCIES: readonly { key: Urgency; label: string }[] = [
  { key: 'normal', label: '一般' },
  { key: 'urgent', label: '较急' },
  { key: 'critical', label: '紧急' },
];
export const URGENCY_LABEL = Object.fromEntries(URGENCIES.map((u) => [u.key, u.label])) as Record<Urgency, string>;

export const CONTACTS: readonly { key: ContactPreference; label: string }[] = [
  { key: 'phone', label: '电话' },
  { key: 'wechat', label: '微信' },
  { key: 'in_person', label: '当面' },
  { key: 'message', label: '小程序消息' },
];
export const CONTACT_LABEL = Object.fromEntries(CONTACTS.map((c) => [c.key, c.label])) as Record<
  ContactPreference,
  string
>;

export const RATINGS: readonly { key: Rating; label: string }[] = [
  { key: 'satisfied', label: '满意' },
  { key: 'basically_satisfied', label: '基本满意' },
  { key: 'dissatisfied', label: '不满意' },
];
export const RATING_LABEL = Object.fromEntries(RATINGS.map((r) => [r.key, r.label])) as Record<Rating, string>;

const EVENT_TITLES: Record<string, string> = {
  submitted: '提交求助',
  accepted: '已受理',
  assigned: '改派办理人',
  started: '开始处理',
  info_requested: '请补充材料',
  supplemented: '补充材料',
  resumed: '继续处理',
  reply: '留言',
  note: '内部备注',
  resolved: '办结',
  rejected: '未予办理',
  withdrawn: '撤回求助',
  rated: '评价',
  closed: '关闭',
  reopened: '重新打开',
  attachment: '上传附件',
  visited: '回访',
};

/** The line above an event: who did what. A handler's message is the union's 答复. */
export function eventTitle(event: HelpEvent, viewer: 'member' | 'handler'): string {
  const who =
    event.actorRole === 'system'
      ? '系统'
      : event.actorRole === 'member'
        ? viewer === 'member'
          ? '我'
          : (event.actorName ?? '提交人（匿名）')
        : (event.actorName ?? '工会');
  if (event.kind === 'reply') return event.actorRole === 'handler' ? `${who} 答复` : `${who} 留言`;
  return `${who} · ${EVENT_TITLES[event.kind] ?? event.kind}`;
}

/**
 * '12月3日 周二' (with the year when it is not this year) from 'YYYY-MM-DD', without time-zone
 * arithmetic: it already is a Beijing date.
 */
export function dueLabel(date: string, thisYear = beijing().year()): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${y === thisYear ? '' : `${y}年`}${m}月${d}日 周${weekday}`;
}

/** The line under a case's title that says what happens next. */
export function nextStep(
  c: { status: HelpStatus; responseDueOn: string; overdue: boolean; handlerName: string | null },
  viewer: 'member' | 'handler',
): string {
  const due = `${dueLabel(c.responseDueOn)}前答复`;
  switch (c.status) {
    case 'submitted':
      return viewer === 'member' ? `工会将在${due}您` : `待受理 · ${due}${c.overdue ? '（已超期）' : ''}`;
    case 'accepted':
    case 'in_progress':
      return `${c.handlerName ?? '工会'}办理中 · ${c.overdue ? '已超过答复期限' : due}`;
    case 'waiting_member':
      return viewer === 'member' ? '请按工会的要求补充材料，补充后继续办理' : '等待会员补充材料，答复期限暂停计算';
    case 'resolved':
      return viewer === 'member' ? '已办结，请对办理结果作出评价' : '已办结，等待会员评价';
    case 'closed':
      return '已关闭';
    case 'rejected':
      return '工会未予办理';
    case 'withdrawn':
      return '已撤回';
  }
}
