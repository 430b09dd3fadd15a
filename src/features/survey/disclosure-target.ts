import type { QuestionResult } from './types';

// The standard template's 校务公开 question (server/src/routes/survey/template.ts) and the target the
// policy texts set for it: 校务公开 … 职工满意率达到80%以上.
export const DISCLOSURE_SATISFACTION_TITLE = '您对本校校务公开工作（公开及时、内容真实、资料齐全）是否满意？';
export const DISCLOSURE_TARGET = 80;

/** 满意率 of the 校务公开 question ((满意 + 基本满意) ÷ answers), or null for any other question or no answers. */
export function disclosureRate(q: Pick<QuestionResult, 'title' | 'answered' | 'options'>): number | null {
  if (q.title !== DISCLOSURE_SATISFACTION_TITLE || q.answered === 0) return null;
  const satisfied = q.options
    .filter((o) => o.label === '满意' || o.label === '基本满意')
    .reduce((sum, o) => sum + o.count, 0);
  return Math.round((1000 * satisfied) / q.answered) / 10;
}
