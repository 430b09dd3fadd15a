// Pure wording of the 教代会 and 校务公开 pages: no Taro here, so unit tests run in plain node.
import type { DisclosureCategory, MotionCategory, MotionStatus, MotionSummary, Rating, RejectHandling } from './types';
export { addDays, formatDate, formatDateTime, todayIn } from '@/lib/dayjs';

export const CATEGORIES: { key: MotionCategory; label: string }[] = [
  { key: 'teaching', label: '教学管理' },
  { key: 'welfare', label: '福利待遇' },
  { key: 'campus', label: '校园建设' },
  { key: 'democracy', label: '民主管理' },
  { key: 'other', label: '其他' },
];
export const CATEGORY_LABELS = Object.fromEntries(CATEGORIES.map((c) => [c.key, c.label])) as Record<
  MotionCategory,
  string
>;

export const RATINGS: { key: Rating; label: string }[] = [
  { key: 'satisfied', label: '满意' },
  { key: 'basically_satisfied', label: '基本满意' },
  { key: 'dissatisfied', label: '不满意' },
];
export const RATING_LABELS = Object.fromEntries(RATINGS.map((r) => [r.key, r.label])) as Record<Rating, string>;

export const HANDLING_LABELS: Record<RejectHandling, string> = {
  suggestion: '转为意见建议办理',
  answered: '直接答复提案人',
};

export type Tone = 'green' | 'grey' | 'orange';
const STATUSES: Record<MotionStatus, { label: string; tone: Tone }> = {
  draft: { label: '征集附议', tone: 'orange' },
  submitted: { label: '待审查', tone: 'orange' },
  accepted: { label: '已立案 待答复', tone: 'green' },
  rejected: { label: '不立案', tone: 'grey' },
  merged: { label: '已并案', tone: 'grey' },
  replied: { label: '已答复 待评价', tone: 'green' },
  rated: { label: '已办结', tone: 'grey' },
};

/** A status read from a link (the 工作台 opens the motions waiting for a reply). */
export const isMotionStatus = (value: string): value is MotionStatus => value in STATUSES;

/** Where a motion stands in a few words, with 答复逾期 before anything else. */
export function statusOf(m: Pick<MotionSummary, 'status' | 'overdue'>): { label: string; tone: Tone } {
  if (m.overdue) return { label: '答复逾期', tone: 'orange' };
  return STATUSES[m.status];
}

export const motionName = (m: Pick<MotionSummary, 'number' | 'title'>) =>
  m.number ? `第${m.number}号 ${m.title}` : m.title;

export const DISCLOSURE_CATEGORIES: { key: DisclosureCategory; label: string }[] = [
  { key: 'plan', label: '发展规划' },
  { key: 'finance', label: '财务预决算' },
  { key: 'allowance', label: '岗位津贴' },
  { key: 'appointment', label: '聘任' },
  { key: 'award', label: '评优与奖惩' },
  { key: 'title', label: '职称评聘' },
  { key: 'hardship', label: '困难补助发放' },
  { key: 'housing', label: '住房' },
  { key: 'insurance', label: '养老与医疗保险' },
  { key: 'procurement', label: '大宗采购' },
  { key: 'construction', label: '基建' },
  { key: 'other', label: '其他' },
];
export const DISCLOSURE_LABELS = Object.fromEntries(DISCLOSURE_CATEGORIES.map((c) => [c.key, c.label])) as Record<
  DisclosureCategory,
  string
>;
/** The server insists on a 公示期 for these; the form asks for the date up front. */
export const NEEDS_OBJECTION_PERIOD: readonly DisclosureCategory[] = ['hardship', 'award', 'title'];

/** A key made once per form, so a double tap or a retried request is recognised by the server. */
export function newClientKey(random: () => number = Math.random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
