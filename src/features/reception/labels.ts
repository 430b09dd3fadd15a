// Pure wording and rules of the reception pages: no Taro here, so unit tests run in plain node.
import { addDays, beijing, formatTime, todayIn } from '@/lib/dayjs';
export { addDays, monthOf, shiftMonth, todayIn } from '@/lib/dayjs';
import { can, type WithCapabilities } from '@/services/capabilities';
import type { Appointment, Rating, ReceiverRole, Stage, Topic } from './types';

export const TOPICS: { key: Topic; label: string }[] = [
  { key: 'work', label: '工作' },
  { key: 'life', label: '生活' },
  { key: 'rights', label: '权益' },
  { key: 'suggestion', label: '建议' },
  { key: 'other', label: '其他' },
];
export const TOPIC_LABELS = Object.fromEntries(TOPICS.map((t) => [t.key, t.label])) as Record<Topic, string>;

export const RATINGS: { key: Rating; label: string }[] = [
  { key: 'satisfied', label: '满意' },
  { key: 'basically_satisfied', label: '基本满意' },
  { key: 'dissatisfied', label: '不满意' },
];
export const RATING_LABELS = Object.fromEntries(RATINGS.map((r) => [r.key, r.label])) as Record<Rating, string>;

export const RECEIVER_LABELS: Record<ReceiverRole, string> = { chair: '工会主席', vice_chair: '工会副主席' };

export type Tone = 'green' | 'grey' | 'orange';

const STAGES: Record<Stage, { label: string; tone: Tone }> = {
  booked: { label: '待接待', tone: 'green' },
  cancelled: { label: '已取消', tone: 'grey' },
  no_show: { label: '未到场', tone: 'grey' },
  arrived: { label: '已到场', tone: 'orange' },
  registered: { label: '已登记', tone: 'orange' },
  assigned: { label: '已交办', tone: 'orange' },
  replied: { label: '已答复', tone: 'green' },
  rated: { label: '已评价', tone: 'grey' },
};

/** Where a visit stands in a word, with 答复逾期 before anything else. */
export function stageOf(a: Pick<Appointment, 'stage' | 'overdue'>): { label: string; tone: Tone } {
  if (a.overdue) return { label: '答复逾期', tone: 'orange' };
  return STAGES[a.stage];
}

/** The member's own view says what happens next rather than the union's internal step. */
export function memberStageOf(a: Pick<Appointment, 'stage' | 'overdue'>): { label: string; tone: Tone } {
  if (a.stage === 'arrived' || a.stage === 'registered' || a.stage === 'assigned')
    return { label: '办理中', tone: 'orange' };
  if (a.stage === 'replied') return { label: '待评价', tone: 'orange' };
  return STAGES[a.stage];
}

/** "14:20–14:40"; a session that runs to midnight ends at "24:00", not "00:00". */
export function slotRange(start: string, end: string): string {
  const until = formatTime(end);
  return `${formatTime(start)}–${until === '00:00' ? '24:00' : until}`;
}

/** "11月26日 周三" for a 'YYYY-MM-DD' date, read as a Beijing calendar day. */
export function formatDay(date: string, now: Date | number = Date.now()): string {
  const d = beijing(`${date}T00:00:00+08:00`);
  return d.year() === beijing(now).year() ? d.format('M月D日 ddd') : d.format('YYYY年M月D日 ddd');
}

/** "11月26日" */
export const shortDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const dayOf = (date: string) => beijing(`${date}T00:00:00+08:00`);

/** The first date after `date` that falls on an ISO weekday (3 = Wednesday, the usual reception day). */
export function nextWeekday(date: string, weekday: number): string {
  const current = dayOf(date).day() || 7;
  return addDays(date, ((weekday - current + 6) % 7) + 1);
}

/** How many weekly sessions a publication makes, and on which weekday: "每周三，共 12 场". */
export function weeklyPlan(from: string, until: string): string {
  const count = until < from ? 0 : Math.floor(dayOf(until).diff(dayOf(from), 'day') / 7) + 1;
  return `每${dayOf(from).format('ddd')}一场，共 ${count} 场`;
}

export const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`;

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** "还剩 3 天" / "今天到期" / "已逾期 2 天" for a reply deadline. */
export function dueText(dueOn: string, now: Date | number = Date.now()): string {
  const days = beijing(`${dueOn}T00:00:00+08:00`).diff(beijing(`${todayIn(now)}T00:00:00+08:00`), 'day');
  if (days > 0) return `还剩 ${days} 天`;
  if (days === 0) return '今天到期';
  return `已逾期 ${-days} 天`;
}

/** The union's chair and staff publish sessions and read the monthly summary (the server's `officer`). */
export const managesReception = (member: WithCapabilities | null | undefined) => can(member, 'officer');

export const DESCRIPTION_MAX = 200;
export const REPLY_MAX = 1000;
export const ASSIGNEE_MAX = 40;
