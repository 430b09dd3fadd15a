import type { AnswerInput, AnswerMap, AnswerValue, Question } from './types';

// Pure rules for the answer page: no Taro, so they are tested directly.

/** Whether a value is a real answer to the question (an empty text or no option is not). */
export function isAnswered(question: Question, value: AnswerValue | undefined): boolean {
  switch (question.kind) {
    case 'single':
      return typeof value === 'number' && value >= 0 && value < question.options.length;
    case 'multiple':
      return Array.isArray(value) && value.length > 0 && value.every((i) => i >= 0 && i < question.options.length);
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
    case 'text':
      return typeof value === 'string' && value.trim().length > 0;
  }
}

export function progressOf(questions: Question[], answers: AnswerMap): { done: number; total: number } {
  return { done: questions.filter((q) => isAnswered(q, answers[q.id])).length, total: questions.length };
}

/** The first required question still without an answer, if any. */
export function firstMissing(questions: Question[], answers: AnswerMap): Question | undefined {
  return questions.find((q) => q.required && !isAnswered(q, answers[q.id]));
}

/** Keeps only saved answers that still fit the questions (a saved draft may be older than them). */
export function restoreAnswers(questions: Question[], saved: unknown): AnswerMap {
  if (!saved || typeof saved !== 'object') return {};
  const out: AnswerMap = {};
  for (const q of questions) {
    const value = (saved as Record<string, AnswerValue | undefined>)[q.id];
    if (value === undefined) continue;
    if (isAnswered(q, value) || (q.kind === 'text' && typeof value === 'string')) out[q.id] = value;
  }
  return out;
}

/** Multiple choice: tap to add, tap again to remove; kept in option order. */
export function toggleChoice(current: AnswerValue | undefined, index: number): number[] {
  const picked = Array.isArray(current) ? current : [];
  return picked.includes(index) ? picked.filter((i) => i !== index) : [...picked, index].sort((a, b) => a - b);
}

/** The request body: one entry per answered question, in the shape its kind takes. */
export function toSubmission(questions: Question[], answers: AnswerMap): AnswerInput[] {
  const out: AnswerInput[] = [];
  for (const q of questions) {
    const value = answers[q.id];
    if (!isAnswered(q, value)) continue;
    if (q.kind === 'single') out.push({ questionId: q.id, choice: value as number });
    else if (q.kind === 'multiple') out.push({ questionId: q.id, choices: value as number[] });
    else if (q.kind === 'rating') out.push({ questionId: q.id, rating: value as number });
    else out.push({ questionId: q.id, text: (value as string).trim() });
  }
  return out;
}
