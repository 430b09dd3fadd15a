import { randomUUID } from 'node:crypto';
import { act, congressHelpers, congressSuite, draft, standAt } from './congress-fixtures';

const { t, w } = congressSuite();
const { messagesOf, motionCount } = congressHelpers(t, w);

describe('the collection window and who may write', () => {
  it('takes drafts only inside the window, and says when it opens or closed', async () => {
    standAt('2030-02-28');
    const early = await draft(t.app, w.delegates[0]!.headers, w.sessionId);
    expect([early.statusCode, early.json().message]).toEqual([
      409,
      '第五届教代会第三次会议提案征集尚未开始（3月1日 周五开始），不能起草提案',
    ]);
    standAt('2030-03-21');
    const late = await draft(t.app, w.delegates[0]!.headers, w.sessionId);
    expect([late.statusCode, late.json().message]).toEqual([
      409,
      '第五届教代会第三次会议提案征集已于3月20日 周三截止，不能起草提案',
    ]);
    standAt('2030-03-20', '23:30');
    const lastDay = await draft(t.app, w.delegates[0]!.headers, w.sessionId);
    expect(lastDay.statusCode).toBe(201);
    expect(lastDay.json()).toMatchObject({
      status: 'draft',
      number: null,
      seconderCount: 0,
      secondersRequired: 2,
      can: { edit: true, submit: false },
    });
  });

  it('lets only 代表 write a motion; a member sends a 建议 that a 代表 takes up once', async () => {
    standAt('2030-03-05');
    const byMember = await draft(t.app, w.members[0]!.headers, w.sessionId);
    expect([byMember.statusCode, byMember.json().message]).toEqual([
      403,
      '只有本届教代会代表可以提出提案；您可以提交建议，由代表采纳后提出',
    ]);

    const suggestion = await t.app.inject({
      method: 'POST',
      url: '/api/congress/suggestions',
      headers: w.members[0]!.headers,
      payload: {
        sessionId: w.sessionId,
        clientKey: randomUUID(),
        title: '食堂增加晚餐',
        body: '晚自习值班老师没有晚饭',
      },
    });
    expect(suggestion.statusCode).toBe(201);
    const sid = suggestion.json().id;
    const adopt = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/congress/suggestions/${sid}/adopt`,
        headers,
        payload: { clientKey: randomUUID(), category: 'welfare' },
      });
    expect((await adopt(w.members[1]!.headers)).statusCode).toBe(403);
    const adopted = await adopt(w.delegates[1]!.headers);
    expect(adopted.statusCode).toBe(201);
    expect(adopted.json()).toMatchObject({ title: '食堂增加晚餐', authorName: '刘老师', status: 'draft' });
    expect((await adopt(w.delegates[1]!.headers)).json().id).toBe(adopted.json().id);
    expect((await adopt(w.delegates[2]!.headers)).json().message).toBe('这条建议已由其他代表采纳');
    expect((await messagesOf(w.members[0]!.id)).map((m) => m.title)).toContain('您的建议已被代表采纳');
  });

  it('answers bad input in Chinese and writes nothing', async () => {
    standAt('2030-03-05');
    const before = await motionCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ' }, '提案标题不能为空'],
      [{ title: '' }, '提案标题不能为空'],
      [{ category: 'sports' }, '提案类别的取值无效'],
      [{ reason: 'x'.repeat(2001) }, '案由不能超过 2000 个字'],
      [{ clientKey: 'abc' }, '提交编号格式不正确'],
    ];
    for (const [body, message] of cases) {
      const response = await draft(t.app, w.delegates[0]!.headers, w.sessionId, body);
      expect({ status: response.statusCode, message: response.json().message }).toEqual({ status: 400, message });
    }
    expect(await motionCount()).toBe(before);
  });

  it('keeps one motion when the same draft is sent twice', async () => {
    standAt('2030-03-05');
    const clientKey = randomUUID();
    const [a, b] = await Promise.all(
      [0, 1].map(() => draft(t.app, w.delegates[0]!.headers, w.sessionId, { clientKey })),
    );
    expect(a!.json().id).toBe(b!.json().id);
    expect((await t.db.query(`SELECT 1 FROM congress_motions WHERE client_key = $1`, [clientKey])).length).toBe(1);
  });
});

describe('附议 and submitting', () => {
  it("needs the union's number of seconders, counts a 代表 once, and refuses the author and non-代表", async () => {
    standAt('2030-03-06');
    const [author, s1, s2] = w.delegates;
    const id = (await draft(t.app, author!.headers, w.sessionId)).json().id;
    expect((await act(t.app, author!.headers, id, 'second')).json().message).toBe('提案人不能附议自己的提案');
    // A member does not even see a draft; staff see it but are not 代表.
    expect((await act(t.app, w.members[0]!.headers, id, 'second')).statusCode).toBe(404);
    const byStaff = await act(t.app, w.staff.headers, id, 'second');
    expect([byStaff.statusCode, byStaff.json().message]).toEqual([403, '只有本届教代会代表可以附议']);
    await act(t.app, s1!.headers, id, 'second');
    const twice = await act(t.app, s1!.headers, id, 'second');
    expect(twice.json()).toMatchObject({ seconderCount: 1, secondedByMe: true });

    const early = await act(t.app, author!.headers, id, 'submit');
    expect([early.statusCode, early.json().message]).toEqual([409, '提案需要 2 位代表附议才能提交，目前 1 位']);
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/congress/motions/${id}`,
      headers: author!.headers,
      payload: { title: '改', category: 'other', reason: 'a', proposal: 'b' },
    });
    expect(edit.json().message).toBe('已有代表附议，内容不能再修改');

    await act(t.app, s2!.headers, id, 'second');
    const done = await act(t.app, author!.headers, id, 'submit');
    expect(done.json()).toMatchObject({ status: 'submitted', seconders: ['刘老师', '陈老师'] });
    const again = await act(t.app, author!.headers, id, 'submit');
    expect(again.json().number).toBe(done.json().number);
    expect((await messagesOf(s1!.id)).map((m) => m.title)).toContain('提案已提交');
    expect((await act(t.app, w.committee.headers, id, 'second')).json().message).toBe('提案已提交，不再征集附议');
  });

  it('closes 附议 with the window', async () => {
    standAt('2030-03-06');
    const id = (await draft(t.app, w.delegates[0]!.headers, w.sessionId)).json().id;
    standAt('2030-03-21');
    const late = await act(t.app, w.delegates[1]!.headers, id, 'second');
    expect([late.statusCode, late.json().message]).toEqual([
      409,
      '第五届教代会第三次会议提案征集已于3月20日 周三截止，不能附议',
    ]);
  });
});
