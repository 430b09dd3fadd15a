import type { Static } from '@sinclair/typebox';
import { badRequest } from '../../errors';
import type { AnswerInput, QuestionInput, SurveyInput } from './schemas';
import type { Choice, Comment, TallyQuestion } from './tally';
import { type QuestionDraft, SATISFACTION_OPTIONS } from './template';

const KIND_NAMES = { single: '单选题', multiple: '多选题', rating: '评分题', text: '文字题' } as const;
const sameOptions = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Checks what the schema cannot (options per kind, one satisfaction question, dates) and fills defaults. */
export function normalizeQuestions(questions: Static<typeof QuestionInput>[]): QuestionDraft[] {
  const drafts = questions.map((q, index): QuestionDraft => {
    const n = index + 1;
    const options = (q.options ?? []).map((o) => o.trim());
    if (q.kind === 'single' || q.kind === 'multiple') {
      if (options.length < 2) throw badRequest(`第 ${n} 题（${KIND_NAMES[q.kind]}）至少需要两个选项`);
      if (options.some((o) => o === '')) throw badRequest(`第 ${n} 题有空白选项`);
      if (new Set(options).size !== options.length) throw badRequest(`第 ${n} 题有重复的选项`);
    } else if (options.length > 0) {
      throw badRequest(`第 ${n} 题是${KIND_NAMES[q.kind]}，不需要选项`);
    }
    const satisfaction = q.satisfaction ?? false;
    if (satisfaction && !(q.kind === 'single' && sameOptions(options, SATISFACTION_OPTIONS))) {
      throw badRequest(`第 ${n} 题：总体满意度题须为单选题，选项依次为“${SATISFACTION_OPTIONS.join('、')}”`);
    }
    const title = q.title.trim();
    if (!title) throw badRequest(`第 ${n} 题的题目不能为空`);
    return { kind: q.kind, section: (q.section ?? '').trim(), title, required: q.required, options, satisfaction };
  });
  if (drafts.filter((q) => q.satisfaction).length > 1) throw badRequest('一份评议只能有一道总体满意度题');
  return drafts;
}

export function checkWindow(input: Pick<Static<typeof SurveyInput>, 'opensOn' | 'closesOn'>) {
  if (input.closesOn < input.opensOn) throw badRequest('结束日期不能早于开始日期');
}

export interface NormalizedAnswers {
  choices: Record<string, Choice>;
  comments: Comment[];
}

/**
 * Turns a submission into what is stored: choices by question id, and the text answers apart.
 * Refuses anything that does not fit the frozen questions, and a required question left blank.
 */
export function normalizeAnswers(
  questions: (TallyQuestion & { required: boolean })[],
  answers: Static<typeof AnswerInput>[],
): NormalizedAnswers {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  if (byId.size !== answers.length) throw badRequest('同一道题只能作答一次');
  const known = new Set(questions.map((q) => q.id));
  if (answers.some((a) => !known.has(a.questionId))) throw badRequest('答卷中有不属于本次评议的题目，请刷新后重试');

  const choices: Record<string, Choice> = {};
  const comments: Comment[] = [];
  for (const q of questions) {
    const answer = byId.get(q.id);
    const label = `第 ${q.position} 题`;
    let given = false;
    if (answer) {
      if (q.kind === 'single' && answer.choice !== undefined) {
        if (answer.choice >= q.options.length) throw badRequest(`${label}的选项不存在`);
        choices[q.id] = answer.choice;
        given = true;
      } else if (q.kind === 'multiple' && answer.choices?.length) {
        const picked = [...new Set(answer.choices)].sort((a, b) => a - b);
        if (picked.some((c) => c >= q.options.length)) throw badRequest(`${label}的选项不存在`);
        choices[q.id] = picked;
        given = true;
      } else if (q.kind === 'rating' && answer.rating !== undefined) {
        choices[q.id] = answer.rating;
        given = true;
      } else if (q.kind === 'text' && answer.text?.trim()) {
        comments.push({ questionId: q.id, body: answer.text.trim() });
        given = true;
      } else if (answer.choice !== undefined || answer.choices?.length || answer.rating !== undefined) {
        throw badRequest(`${label}是${KIND_NAMES[q.kind]}，答案的形式不对`);
      }
    }
    if (!given && q.required) throw badRequest(`${label}“${q.title}”为必答题，请作答`);
  }
  return { choices, comments };
}
