import { createHelpAutoClose } from '../../server/src/jobs/help-auto-close';
import { act, at, caseIn, expectOk, type HelpWorld, helpWorld, newCase, rate, standAt } from './help-fixtures';

let w: HelpWorld;
beforeAll(async () => {
  w = await helpWorld();
});
afterAll(() => w.close());

type State =
  'submitted' | 'accepted' | 'in_progress' | 'waiting_member' | 'resolved' | 'closed' | 'rejected' | 'withdrawn';
type Action =
  | 'accept'
  | 'assign'
  | 'start'
  | 'request_info'
  | 'supplement'
  | 'resume'
  | 'resolve'
  | 'reject'
  | 'withdraw'
  | 'reopen'
  | 'rate';

const STATES: State[] = [
  'submitted',
  'accepted',
  'in_progress',
  'waiting_member',
  'resolved',
  'closed',
  'rejected',
  'withdrawn',
];
const ACTIONS: Action[] = [
  'accept',
  'assign',
  'start',
  'request_info',
  'supplement',
  'resume',
  'resolve',
  'reject',
  'withdraw',
  'reopen',
  'rate',
];
const MEMBER_ACTIONS: Action[] = ['supplement', 'withdraw', 'reopen', 'rate'];

/** The workflow as the issue states it, written out by hand: state → action → the state it leads to. */
const LEGAL: Record<State, Partial<Record<Action, State>>> = {
  submitted: { accept: 'accepted', reject: 'rejected', withdraw: 'withdrawn' },
  accepted: { assign: 'accepted', start: 'in_progress', reject: 'rejected' },
  in_progress: { assign: 'in_progress', request_info: 'waiting_member', resolve: 'resolved', reject: 'rejected' },
  waiting_member: { assign: 'waiting_member', supplement: 'in_progress', resume: 'in_progress', reject: 'rejected' },
  resolved: { reopen: 'in_progress', rate: 'closed' },
  closed: { reopen: 'in_progress' },
  rejected: {},
  withdrawn: {},
};

const STATE_LABELS: Record<State, string> = {
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '处理中',
  waiting_member: '等待补充',
  resolved: '已办结',
  closed: '已关闭',
  rejected: '未予办理',
  withdrawn: '已撤回',
};

function payload(action: Action): Record<string, unknown> {
  switch (action) {
    case 'assign':
      return { handlerId: w.chair.id };
    case 'request_info':
      return { message: '请补充医院的诊断证明' };
    case 'supplement':
      return { message: '诊断证明已上传' };
    case 'resolve':
      return { outcome: '已按大病救助申请补助 3000 元', followUpDays: [30, 90] };
    case 'reject':
      return { reason: '不属于工会帮扶范围' };
    case 'reopen':
      return { message: '补助还没有到账' };
    default:
      return {};
  }
}

async function perform(id: number, action: Action) {
  const headers = (MEMBER_ACTIONS.includes(action) ? w.member : w.staff).headers;
  return action === 'rate'
    ? rate(w.app, headers, id, 'basically_satisfied', '办得挺快')
    : act(w.app, headers, id, action, payload(action));
}

const table = STATES.flatMap((state) =>
  ACTIONS.map((action) => [state, action, LEGAL[state][action] ?? null] as const),
);

describe('the help case state machine', () => {
  it.each(table)('from %s, %s → %s', async (state, action, expected) => {
    const id = await caseIn(w, state);
    const response = await perform(id, action);
    const [row] = await w.db.query<{ status: string }>(`SELECT status FROM help_requests WHERE id = $1`, [id]);
    if (expected) {
      await expectOk(response);
      expect(response.json().status).toBe(expected);
      expect(row!.status).toBe(expected);
    } else {
      expect(response.statusCode).toBe(409);
      // A closed case that was rated says why rating again is refused.
      const message =
        state === 'closed' && action === 'rate'
          ? /^这件求助已经评价过了$/
          : new RegExp(`^求助当前为「${STATE_LABELS[state]}」，不能`);
      expect(response.json().message).toMatch(message);
      expect(row!.status).toBe(state);
    }
  });

  it('lets the member rate a case that was closed automatically, once', async () => {
    const id = await caseIn(w, 'resolved');
    await w.db.query(`UPDATE help_requests SET resolved_at = resolved_at - interval '8 days' WHERE id = $1`, [id]);
    await createHelpAutoClose({ db: w.db, templates: {} }).runOnce();
    const first = await rate(w.app, w.member.headers, id, 'dissatisfied', '补助金额太少');
    await expectOk(first);
    expect(first.json().status).toBe('closed');
    const again = await rate(w.app, w.member.headers, id, 'satisfied');
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('这件求助已经评价过了');
  });

  it('refuses a handler’s action to the member and a member’s action to the handler', async () => {
    const id = await newCase(w.app, w.member.headers);
    const byMember = await act(w.app, w.member.headers, id, 'accept');
    expect(byMember.statusCode).toBe(403);
    expect(byMember.json().message).toBe('只有本工会的工会干事或主席可以受理');
    const byStaff = await act(w.app, w.staff.headers, id, 'withdraw');
    expect(byStaff.statusCode).toBe(403);
    expect(byStaff.json().message).toBe('只有提交人本人可以撤回');
  });

  it('hides the case from another member and from another school’s staff', async () => {
    const id = await newCase(w.app, w.member.headers);
    for (const headers of [w.otherMember.headers, w.otherSchoolStaff.headers]) {
      const response = await act(w.app, headers, id, headers === w.otherMember.headers ? 'withdraw' : 'accept');
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toBe('求助不存在');
    }
  });

  it('asks for what each action needs, in Chinese', async () => {
    const id = await caseIn(w, 'in_progress');
    const noOutcome = await act(w.app, w.staff.headers, id, 'resolve', { outcome: '   ' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().message).toBe('请填写处理结果');
    const noMessage = await act(w.app, w.staff.headers, id, 'request_info');
    expect(noMessage.json().message).toBe('请填写需要补充的内容');
    const unknownHandler = await act(w.app, w.staff.headers, id, 'assign', { handlerId: w.otherMember.id });
    expect(unknownHandler.statusCode).toBe(400);
    expect(unknownHandler.json().message).toBe('办理人须是本工会的工会干事或主席');
    const badAction = await act(w.app, w.staff.headers, id, 'close');
    expect(badAction.statusCode).toBe(400);
    expect(badAction.json().message).toBe('操作的取值无效');
  });

  it('takes replies only on open cases, and a handler’s only once the case is accepted', async () => {
    const reply = (headers: Record<string, string>, id: number) =>
      w.app.inject({
        method: 'POST',
        url: `/api/help/requests/${id}/replies`,
        headers,
        payload: { body: '请问进展如何？' },
      });
    const fresh = await newCase(w.app, w.member.headers);
    expect((await reply(w.member.headers, fresh)).statusCode).toBe(204);
    const early = await reply(w.staff.headers, fresh);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('请先受理这件求助再回复');
    const closed = await caseIn(w, 'closed');
    const late = await reply(w.member.headers, closed);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('求助当前为「已关闭」，不能再留言');
  });

  it('lets the member reopen within 14 days of resolution and not after', async () => {
    const resolvedAt = standAt('2030-03-01');
    const id = await caseIn(w, 'resolved');
    standAt('2030-03-14', '23:00');
    await expectOk(await act(w.app, w.member.headers, id, 'reopen', { message: '补助还没有到账' }));
    await expectOk(await act(w.app, w.staff.headers, id, 'resolve', { outcome: '已催财务，补助本周到账' }));

    const late = await caseIn(w, 'resolved');
    standAt('2030-03-29', '10:01');
    const response = await act(w.app, w.member.headers, late, 'reopen', { message: '还是没解决' });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('办结已超过 14 天，不能重新打开，请重新提交求助');
    expect(resolvedAt).toEqual(at('2030-03-01', '10:00'));
  });
});

describe('closing resolved cases after 7 days', () => {
  it('closes only cases resolved at least 7 days ago, once even with two instances at work', async () => {
    standAt('2030-04-01', '09:00');
    const old = await caseIn(w, 'resolved');
    standAt('2030-04-05', '09:00');
    const recent = await caseIn(w, 'resolved');

    standAt('2030-04-08', '09:30');
    const instances = [1, 2].map(() => createHelpAutoClose({ db: w.db, templates: {} }));
    const closed = await Promise.all(instances.map((job) => job.runOnce()));
    expect(closed[0]! + closed[1]!).toBeGreaterThanOrEqual(1);

    const rows = await w.db.query<{ id: number; status: string }>(
      `SELECT id, status FROM help_requests WHERE id = ANY($1) ORDER BY id`,
      [[old, recent]],
    );
    expect(rows.map((r) => r.status)).toEqual(['closed', 'resolved']);
    const [events] = await w.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM help_events WHERE request_id = $1 AND kind = 'closed'`,
      [old],
    );
    expect(events!.n).toBe(1);
    const messages = await w.db.query<{ title: string }>(
      `SELECT title FROM notifications WHERE member_id = $1 AND link LIKE $2 AND title = '您的求助已关闭'`,
      [w.member.id, `%id=${old}`],
    );
    expect(messages).toHaveLength(1);
  });
});
