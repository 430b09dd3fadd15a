import { dueLabel, eventTitle, nextStep } from '../../src/features/help/labels';

const event = (over: Partial<Parameters<typeof eventTitle>[0]>) => ({
  id: 1,
  kind: 'reply',
  body: '',
  actorRole: 'handler' as const,
  actorName: '李秀梅',
  statusAfter: null,
  createdAt: '2030-03-08T02:00:00Z',
  ...over,
});

describe('help labels', () => {
  it('reads a deadline date the way members read dates, with the year only when it is another year', () => {
    expect(dueLabel('2030-03-15', 2030)).toBe('3月15日 周五');
    expect(dueLabel('2031-01-06', 2030)).toBe('2031年1月6日 周一');
  });

  it('says what happens next from the member’s side and the handler’s', () => {
    const kase = { status: 'submitted' as const, responseDueOn: '2030-03-15', overdue: false, handlerName: null };
    expect(nextStep(kase, 'member')).toMatch(/^工会将在.*3月15日 周五前答复您$/);
    expect(nextStep({ ...kase, status: 'in_progress', overdue: true, handlerName: '李秀梅' }, 'handler')).toBe(
      '李秀梅办理中 · 已超过答复期限',
    );
    expect(nextStep({ ...kase, status: 'waiting_member' }, 'member')).toBe('请按工会的要求补充材料，补充后继续办理');
  });

  it('names who did what, keeping an anonymous member anonymous to handlers', () => {
    expect(eventTitle(event({}), 'member')).toBe('李秀梅 答复');
    expect(eventTitle(event({ actorRole: 'member', actorName: '张丽华' }), 'member')).toBe('我 留言');
    expect(eventTitle(event({ kind: 'submitted', actorRole: 'member', actorName: null }), 'handler')).toBe(
      '提交人（匿名） · 提交求助',
    );
    expect(eventTitle(event({ kind: 'closed', actorRole: 'system', actorName: null }), 'member')).toBe('系统 · 关闭');
  });
});
