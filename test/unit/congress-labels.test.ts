import {
  DISCLOSURE_SATISFACTION_TITLE as SERVER_TITLE,
  DISCLOSURE_TARGET as SERVER_TARGET,
  STANDARD_TEMPLATE,
} from '../../server/src/routes/survey/template';
import { motionName, newClientKey, statusOf } from '../../src/features/congress/labels';
import {
  DISCLOSURE_SATISFACTION_TITLE,
  DISCLOSURE_TARGET,
  disclosureRate,
} from '../../src/features/survey/disclosure-target';

describe('congress wording', () => {
  it('puts 答复逾期 before the status and names a motion by its number once it has one', () => {
    expect(statusOf({ status: 'accepted', overdue: true })).toEqual({ label: '答复逾期', tone: 'orange' });
    expect(statusOf({ status: 'draft', overdue: false }).label).toBe('征集附议');
    expect(motionName({ number: 7, title: '增设午休室' })).toBe('第7号 增设午休室');
    expect(motionName({ number: null, title: '增设午休室' })).toBe('增设午休室');
  });

  it('makes client keys the server accepts as UUIDs, different each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newClientKey()));
    expect(keys.size).toBe(50);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the 校务公开 question of the evaluation', () => {
  it('is in the standard template under the title the results page looks for, with the 80% target', () => {
    expect(DISCLOSURE_SATISFACTION_TITLE).toBe(SERVER_TITLE);
    expect(DISCLOSURE_TARGET).toBe(SERVER_TARGET);
    expect(STANDARD_TEMPLATE.questions.find((q) => q.title === SERVER_TITLE)).toMatchObject({
      kind: 'single',
      options: ['满意', '基本满意', '不满意'],
      satisfaction: false,
    });
  });

  it('counts 满意 and 基本满意 over every answer', () => {
    const options = [
      { label: '满意', count: 6, percent: 0 },
      { label: '基本满意', count: 2, percent: 0 },
      { label: '不满意', count: 2, percent: 0 },
    ];
    expect(disclosureRate({ title: DISCLOSURE_SATISFACTION_TITLE, answered: 10, options })).toBe(80);
    expect(disclosureRate({ title: '其他问题', answered: 10, options })).toBeNull();
    expect(disclosureRate({ title: DISCLOSURE_SATISFACTION_TITLE, answered: 0, options })).toBeNull();
  });
});
