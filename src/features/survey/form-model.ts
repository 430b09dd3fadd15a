import { SATISFACTION_OPTIONS } from './format';
import type { QuestionDraft, QuestionKind, SurveyDetail, SurveyInput, SurveyTemplate } from './types';

// Pure helpers behind the survey editor: no Taro, tested directly.

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in Beijing as 'YYYY-MM-DD', whatever the phone's own time zone. */
export function beijingToday(now: number = Date.now()): string {
  const d = new Date(now + 8 * 3600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** From today to the end of the year (the evaluation season is November–December), at least two weeks. */
export function defaultWindow(today: string): { opensOn: string; closesOn: string } {
  const year = Number(today.slice(0, 4));
  const twoWeeks = new Date(`${today}T00:00:00Z`);
  twoWeeks.setUTCDate(twoWeeks.getUTCDate() + 14);
  const endOfYear = `${year}-12-31`;
  const inTwoWeeks = twoWeeks.toISOString().slice(0, 10);
  return { opensOn: today, closesOn: inTwoWeeks > endOfYear ? inTwoWeeks : endOfYear };
}

export function blankInput(today: string): SurveyInput {
  return {
    title: '',
    intro: '',
    ...defaultWindow(today),
    branchIds: [],
    passLine: 85,
    resultsVisible: false,
    byBranch: true,
    questions: [],
  };
}

export function fromTemplate(template: SurveyTemplate, today: string): SurveyInput {
  return {
    ...blankInput(today),
    title: `${today.slice(0, 4)}年度会员评议职工之家`,
    intro: template.intro,
    passLine: template.passLine,
    resultsVisible: true,
    questions: template.questions.map((q) => ({ ...q, options: [...q.options] })),
  };
}

export function fromDetail(d: SurveyDetail): SurveyInput {
  const { title, intro, opensOn, closesOn, passLine, resultsVisible, byBranch } = d;
  const questions = d.questions.map(({ kind, section, title: t, required, options, satisfaction }) => ({
    kind,
    section,
    title: t,
    required,
    options,
    satisfaction,
  }));
  return {
    title,
    intro,
    opensOn,
    closesOn,
    passLine,
    resultsVisible,
    byBranch,
    branchIds: d.branches.map((b) => b.id),
    questions,
  };
}

export function newQuestion(kind: QuestionKind = 'single'): QuestionDraft {
  return {
    kind,
    section: '',
    title: '',
    required: true,
    options: kind === 'single' || kind === 'multiple' ? ['', ''] : [],
    satisfaction: false,
  };
}

/** The overall satisfaction question always has exactly 满意 / 基本满意 / 不满意. */
export function satisfactionQuestion(q: QuestionDraft): QuestionDraft {
  return { ...q, kind: 'single', options: [...SATISFACTION_OPTIONS], satisfaction: true };
}

/** Moves a question up (-1) or down (+1); out of range leaves the list as it is. */
export function moveQuestion<T>(list: T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The first thing wrong with a question, in words for the editor; null when it can be saved. */
export function questionProblem(q: QuestionDraft): string | null {
  if (!q.title.trim()) return '请填写题目';
  if (q.kind === 'single' || q.kind === 'multiple') {
    const options = q.options.map((o) => o.trim()).filter(Boolean);
    if (options.length < 2) return '至少需要两个选项';
    if (new Set(options).size !== options.length) return '选项不能重复';
  }
  return null;
}

/** Drops blank options before saving. */
export function cleanQuestion(q: QuestionDraft): QuestionDraft {
  const options = q.kind === 'single' || q.kind === 'multiple' ? q.options.map((o) => o.trim()).filter(Boolean) : [];
  return { ...q, title: q.title.trim(), section: q.section.trim(), options };
}
