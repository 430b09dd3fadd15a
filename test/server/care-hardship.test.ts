import { setClock } from '../../server/src/clock';
import { createCareReminders } from '../../server/src/jobs/care-reminders';
import { createMember } from '../support/factories';
import { careHelpers, careSuite } from './care-fixtures';
import { beijingDay } from './survey-fixtures';

const { t } = careSuite();
const { call, visit, school } = careHelpers(t);

describe('help cases and the 困难职工 list', () => {
  it('suggests a visit after a resolved 大病医疗 case until one is recorded for it', async () => {
    const { tree, staff, member } = await school();
    const [category] = await t.db.query<{ id: number }>(
      `INSERT INTO help_categories (union_id, name) VALUES ($1, '大病医疗') RETURNING id`,
      [tree.schoolIds[0]],
    );
    const [helpCase] = await t.db.query<{ id: number }>(
      `INSERT INTO help_requests (union_id, member_id, category_id, title, description, urgency, contact_preference, status, handler_id, response_due_on,
                                  resolved_at, outcome, created_at, updated_at)
       VALUES ($1, $2, $3, '住院费用', '说明', 'urgent', 'phone', 'resolved', $2, current_date, now(), '已补助', now(), now()) RETURNING id`,
      [tree.schoolIds[0], member.id, category!.id],
    );
    expect((await call('GET', '/suggestions', staff)).json().items).toEqual([
      expect.objectContaining({ helpCaseId: helpCase!.id, memberName: '住院的老师', category: '大病医疗' }),
    ]);
    const other = await createMember(t.db, tree.schoolIds[0]!);
    const wrong = await call('POST', '/records', staff, visit(other.id, { helpCaseId: helpCase!.id }));
    expect([wrong.statusCode, wrong.json().message]).toEqual([400, '关联的求助不是这位会员在本会提交的']);
    // From the case page the member is not sent: the case's member is the one visited.
    const { memberId: _left, ...fromCase } = visit(member.id, { helpCaseId: helpCase!.id });
    const recorded = (await call('POST', '/records', staff, fromCase)).json();
    expect([recorded.helpCaseId, recorded.memberId]).toEqual([helpCase!.id, member.id]);
    const { memberId: _none, ...nobody } = visit(member.id);
    expect((await call('POST', '/records', staff, nobody)).json().message).toBe('请选择受慰问的会员');
    expect((await call('GET', '/suggestions', staff)).json().items).toEqual([]);
  });

  it('keeps the list with cause and review date, and reminds staff once before 教师节', async () => {
    const { tree, staff, member } = await school();
    const flag = (body: object) => call('PUT', `/hardship/${member.id}`, staff, body);
    expect((await flag({ cause: ' ', reviewOn: beijingDay(30) })).json().message).toBe('请填写困难原因');
    expect((await flag({ cause: '配偶重病', reviewOn: beijingDay(-1) })).json().message).toBe('复核日期不能早于今天');
    await flag({ cause: '配偶重病', reviewOn: beijingDay(0) });
    const list = (await flag({ cause: '配偶重病，子女上学', reviewOn: beijingDay(0) })).json().items;
    expect(list).toEqual([
      expect.objectContaining({ memberId: member.id, cause: '配偶重病，子女上学', reviewDue: true, lastCareOn: null }),
    ]);

    setClock(() => new Date('2031-09-01T09:00:00+08:00'));
    const reminders = createCareReminders({ db: t.db, templates: {} });
    expect(await reminders.runOnce()).toBeGreaterThanOrEqual(1);
    expect(await reminders.runOnce()).toBe(0);
    const messages = await t.db.query<{ title: string; body: string }>(
      `SELECT n.title, n.body FROM notifications n JOIN member_roles r ON r.member_id = n.member_id WHERE r.union_id = $1 AND n.kind = 'care'`,
      [tree.schoolIds[0]],
    );
    expect(messages).toEqual([{ title: '教师节慰问提醒：困难职工 1 人', body: expect.stringContaining('9月10日') }]);
    setClock(() => new Date('2031-06-01T09:00:00+08:00'));
    expect(await createCareReminders({ db: t.db, templates: {} }).runOnce()).toBe(0);
    setClock(null);

    expect((await call('DELETE', `/hardship/${member.id}`, staff)).statusCode).toBe(204);
    expect((await call('DELETE', `/hardship/${member.id}`, staff)).statusCode).toBe(204);
    expect((await call('GET', '/hardship', staff)).json().items).toEqual([]);
  });
});
