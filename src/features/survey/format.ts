import type { QuestionKind, SurveyPhase } from './types';

export const PHASE_LABELS: Record<SurveyPhase, string> = {
  draft: '草稿',
  scheduled: '未开始',
  open: '进行中',
  closed: '已结束',
};
export const PHASE_TONES: Record<SurveyPhase, 'green' | 'grey' | 'orange'> = {
  draft: 'grey',
  scheduled: 'orange',
  open: 'green',
  closed: 'grey',
};
export const KIND_LABELS: Record<QuestionKind, string> = {
  single: '单选',
  multiple: '多选',
  rating: '评分',
  text: '文字',
};
export const RATING_HINTS = ['很不满意', '很满意'] as const;
export const SATISFACTION_OPTIONS = ['满意', '基本满意', '不满意'];

/** '83.3%'; a figure withheld under the rule of 5 is null and reads 样本不足. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '样本不足';
  return `${value.toFixed(1)}%`;
}

/** '2026-12-31' → '12月31日' */
export function formatDay(isoDate: string): string {
  const [, month, day] = isoDate.split('-').map(Number);
  return `${month}月${day}日`;
}

/** '11月20日–12月31日' */
export function formatWindow(opensOn: string, closesOn: string): string {
  return `${formatDay(opensOn)}–${formatDay(closesOn)}`;
}

/** The width of a bar, never a hairline for a small non-zero share and never past the track. */
export function barWidth(percent: number): string {
  if (percent <= 0) return '0%';
  return `${Math.min(100, Math.max(percent, 1.5))}%`;
}

/** Normalises what a member types as a receipt code: 'abcd efgh 2345' → 'ABCD-EFGH-2345'. */
export function normalizeReceiptCode(input: string): string {
  const letters = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return letters.length === 12 ? `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}` : letters;
}
