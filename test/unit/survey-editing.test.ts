import { barWidth, formatPercent, formatWindow, normalizeReceiptCode } from '../../src/features/survey/format';
import {
  beijingToday,
  cleanQuestion,
  defaultWindow,
  fromTemplate,
  moveQuestion,
  newQuestion,
  questionProblem,
  satisfactionQuestion,
} from '../../src/features/survey/form-model';

describe('the survey editor', () => {
  it('takes today in Beijing, whatever the phone’s time zone', () => {
    expect(beijingToday(Date.parse('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
  });

  it('opens from today to the end of the year, and at least two weeks', () => {
    expect(defaultWindow('2026-11-23')).toEqual({ opensOn: '2026-11-23', closesOn: '2026-12-31' });
    expect(defaultWindow('2026-12-28')).toEqual({ opensOn: '2026-12-28', closesOn: '2027-01-11' });
  });

  it('copies the standard template into an editable draft', () => {
    const template = {
      title: '年度会员评议职工之家',
      intro: '不记名',
      passLine: 85,
      questions: [satisfactionQuestion(newQuestion())],
    };
    const input = fromTemplate(template, '2026-11-23');
    expect(input).toMatchObject({ title: '2026年度会员评议职工之家', passLine: 85, branchIds: [], byBranch: true });
    input.questions[0]!.options.push('改动');
    expect(template.questions[0]!.options).toEqual(['满意', '基本满意', '不满意']);
  });

  it('moves questions and explains what stops one being saved', () => {
    expect(moveQuestion(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveQuestion(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(questionProblem({ ...newQuestion('single'), title: '题' })).toBe('至少需要两个选项');
    expect(questionProblem({ ...newQuestion('multiple'), title: '题', options: ['甲', '甲'] })).toBe('选项不能重复');
    expect(questionProblem(newQuestion('rating'))).toBe('请填写题目');
    expect(cleanQuestion({ ...newQuestion('single'), title: ' 题 ', options: [' 甲', '', '乙 '] })).toMatchObject({
      title: '题',
      options: ['甲', '乙'],
    });
  });
});

describe('survey figures and roles', () => {
  it('formats percentages, windows and receipt codes', () => {
    expect(formatPercent(83.33)).toBe('83.3%');
    expect(formatPercent(null)).toBe('样本不足');
    expect(formatWindow('2026-11-20', '2026-12-31')).toBe('11月20日–12月31日');
    expect(barWidth(0)).toBe('0%');
    expect(barWidth(0.2)).toBe('1.5%');
    expect(normalizeReceiptCode(' abcd efgh 2345 ')).toBe('ABCD-EFGH-2345');
  });
});
