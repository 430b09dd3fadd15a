import { consentSections, CONSENT_VERSION } from '../../src/features/counselling/consent-text';
import { statusExplanation, STATUS_LABELS } from '../../src/features/counselling/labels';
import { CONSENT_VERSION as SERVER_CONSENT_VERSION } from '../../server/src/routes/counselling/rules';

describe('counselling texts', () => {
  it('covers what is collected, why, who sees it, how long it is kept and how to withdraw', () => {
    const sections = consentSections({ retentionYears: 3, maxUpcoming: 2 });
    expect(sections.map((s) => s.title)).toEqual([
      '我们会记录什么',
      '为什么要记录',
      '谁能看到',
      '保存多久',
      '怎样撤回',
      '预约规则',
    ]);
    const all = sections.flatMap((s) => s.paragraphs).join('');
    expect(all).toContain('保存 3 年');
    expect(all).toContain('还没开始的预约会自动取消');
    expect(all).toContain('看不到任何姓名、内容或原因');
  });

  it('shows the same consent version the server records', () => {
    expect(CONSENT_VERSION).toBe(SERVER_CONSENT_VERSION);
  });

  it('explains every status in one sentence, and why a cancellation happened', () => {
    for (const status of Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[]) {
      expect(statusExplanation({ status, cancelledBy: null })).toMatch(/。$/);
    }
    expect(statusExplanation({ status: 'cancelled', cancelledBy: 'consent_withdrawn' })).toBe(
      '因撤回同意，这次预约已取消。',
    );
    expect(statusExplanation({ status: 'cancelled', cancelledBy: 'proposal_declined' })).toBe(
      '您没有接受新的时间，这次预约已取消。',
    );
  });
});
