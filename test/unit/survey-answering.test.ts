import {
  firstMissing,
  isAnswered,
  progressOf,
  restoreAnswers,
  toggleChoice,
  toSubmission,
} from '../../src/features/survey/answers';
import { progressStore } from '../../src/features/survey/progress';
import type { Question } from '../../src/features/survey/types';

const q = (id: number, kind: Question['kind'], required = true, options: string[] = []): Question => ({
  id,
  position: id,
  kind,
  section: '',
  title: `第${id}题`,
  required,
  options,
  satisfaction: false,
});
const QUESTIONS = [
  q(1, 'rating'),
  q(2, 'single', true, ['满意', '基本满意', '不满意']),
  q(3, 'multiple', false, ['球类', '读书', '徒步']),
  q(4, 'text', false),
];

describe('answering a survey', () => {
  it('counts only real answers towards progress', () => {
    expect(progressOf(QUESTIONS, { 1: 5, 2: 0, 3: [], 4: '   ' })).toEqual({ done: 2, total: 4 });
    expect(isAnswered(QUESTIONS[0]!, 6)).toBe(false);
    expect(isAnswered(QUESTIONS[1]!, 3)).toBe(false);
  });

  it('finds the first required question left blank', () => {
    expect(firstMissing(QUESTIONS, { 2: 1 })?.id).toBe(1);
    expect(firstMissing(QUESTIONS, { 1: 3, 2: 1 })).toBeUndefined();
  });

  it('adds and removes multiple choices in option order', () => {
    expect(toggleChoice(undefined, 2)).toEqual([2]);
    expect(toggleChoice([2], 0)).toEqual([0, 2]);
    expect(toggleChoice([0, 2], 2)).toEqual([0]);
  });

  it('sends each answer in the shape of its kind, and nothing for blanks', () => {
    expect(toSubmission(QUESTIONS, { 1: 4, 2: 1, 3: [0, 2], 4: '  多组织活动 ' })).toEqual([
      { questionId: 1, rating: 4 },
      { questionId: 2, choice: 1 },
      { questionId: 3, choices: [0, 2] },
      { questionId: 4, text: '多组织活动' },
    ]);
    expect(toSubmission(QUESTIONS, { 1: 4, 2: 1, 4: '' })).toHaveLength(2);
  });

  it('restores saved progress, dropping what no longer fits the questions', () => {
    expect(restoreAnswers(QUESTIONS, { 1: 9, 2: 1, 3: [7], 4: '写了一半', 99: 1 })).toEqual({ 2: 1, 4: '写了一半' });
    expect(restoreAnswers(QUESTIONS, 'garbage')).toEqual({});
  });
});

describe('progress kept on the phone', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
      data,
    };
  };

  it('keeps one draft per member and survey until it is cleared', () => {
    const storage = memory();
    const mine = progressStore(storage, 5, 1);
    mine.save({ 1: 4 });
    expect(progressStore(storage, 5, 1).load()).toEqual({ 1: 4 });
    expect(progressStore(storage, 6, 1).load()).toBeNull();
    mine.clear();
    expect(mine.load()).toBeNull();
    storage.setItem('survey-progress:5:2', '{not json');
    expect(progressStore(storage, 5, 2).load()).toBeNull();
  });
});
