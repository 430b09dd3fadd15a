import { addWorkingDays, workingDaysBetween } from '../../server/src/routes/help/working-days';
import { act, expectOk, type HelpWorld, helpWorld, newCase, standAt } from './help-fixtures';

// 2030-03-08 is a Friday. 区运动会 closes the first school on Tuesday 12th and Wednesday 13th.
const SPORTS_DAY = { startsOn: '2030-03-12', endsOn: '2030-03-13', reason: '区运动会' };

describe('working days', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays('2030-03-08', 5, [])).toBe('2030-03-15');
    expect(addWorkingDays('2030-03-09', 5, [])).toBe('2030-03-15');
    expect(addWorkingDays('2030-03-08', 1, [])).toBe('2030-03-11');
  });

  it('skips the union’s closure days as well', () => {
    expect(addWorkingDays('2030-03-08', 5, [SPORTS_DAY])).toBe('2030-03-19');
    // A closure over a weekend costs nothing more than the weekend.
    expect(addWorkingDays('2030-03-08', 5, [{ startsOn: '2030-03-09', endsOn: '2030-03-10' }])).toBe('2030-03-15');
  });

  it('counts the working days between two dates', () => {
    expect(workingDaysBetween('2030-03-08', '2030-03-15', [])).toBe(5);
    expect(workingDaysBetween('2030-03-11', '2030-03-19', [SPORTS_DAY])).toBe(4);
    expect(workingDaysBetween('2030-03-19', '2030-03-11', [])).toBe(0);
  });
});

describe('the first-answer deadline of a case', () => {
  let w: HelpWorld;
  beforeAll(async () => {
    w = await helpWorld();
    standAt('2030-03-01');
    const closure = await w.app.inject({
      method: 'POST',
      url: '/api/help/closed-days',
      headers: w.staff.headers,
      payload: SPORTS_DAY,
    });
    await expectOk(closure, 201);
  });
  afterAll(() => w.close());

  const dueOf = async (id: number) =>
    (await w.db.query<{ due: string }>(`SELECT response_due_on AS due FROM help_requests WHERE id = $1`, [id]))[0]!.due;

  it('falls 5 working days after a Friday submission, across the weekend and the union’s closure', async () => {
    standAt('2030-03-08', '16:30');
    const response = await w.app.inject({
      method: 'POST',
      url: '/api/help/requests',
      headers: w.member.headers,
      payload: await body(w),
    });
    await expectOk(response, 201);
    expect(response.json().responseDueOn).toBe('2030-03-19');

    // The other school is not closed for the sports day: the weekend alone is skipped.
    const teacher = await w.person(w.tree.otherSchoolId);
    expect(await dueOf(await newCase(w.app, teacher.headers))).toBe('2030-03-15');
  });

  it('pauses while waiting for the member and counts the working days left from the day they answer', async () => {
    standAt('2030-03-08');
    const id = await newCase(w.app, w.member.headers);
    standAt('2030-03-11');
    await expectOk(await act(w.app, w.staff.headers, id, 'accept'));
    await expectOk(await act(w.app, w.staff.headers, id, 'start'));
    await expectOk(await act(w.app, w.staff.headers, id, 'request_info', { message: '请补充住院发票' }));

    // Past the old deadline while the clock is stopped: not overdue.
    standAt('2030-03-20');
    const waiting = await w.app.inject({ method: 'GET', url: `/api/help/cases/${id}`, headers: w.staff.headers });
    expect(waiting.json()).toMatchObject({ status: 'waiting_member', overdue: false });

    // Paused on Monday 11th with 4 working days left (14th, 15th, 18th, 19th): from Wednesday 20th they run to Tuesday 26th.
    await expectOk(await act(w.app, w.member.headers, id, 'supplement', { message: '发票已上传' }));
    expect(await dueOf(id)).toBe('2030-03-26');
  });

  it('flags a case nobody answered by its deadline, counts it for the chair, and stops once answered', async () => {
    standAt('2030-03-08');
    const id = await newCase(w.app, w.member.headers, { title: '子女入学咨询' });

    standAt('2030-03-19', '23:59');
    expect((await summary(w.chair.headers)).overdue).toBe(0);

    standAt('2030-03-20', '08:00');
    expect((await summary(w.chair.headers)).overdue).toBeGreaterThanOrEqual(1);
    const queue = await w.app.inject({ method: 'GET', url: '/api/help/cases?overdue=true', headers: w.chair.headers });
    expect(queue.json().items.map((c: { id: number }) => c.id)).toContain(id);
    expect(queue.json().items.every((c: { overdue: boolean }) => c.overdue)).toBe(true);

    await expectOk(await act(w.app, w.staff.headers, id, 'accept'));
    const reply = await w.app.inject({
      method: 'POST',
      url: `/api/help/requests/${id}/replies`,
      headers: w.staff.headers,
      payload: { body: '已联系教育局，下周给您答复。' },
    });
    await expectOk(reply, 204);
    const answered = await w.app.inject({ method: 'GET', url: `/api/help/requests/${id}`, headers: w.member.headers });
    expect(answered.json()).toMatchObject({ status: 'in_progress', overdue: false });
  });

  it('uses the union’s own number of working days', async () => {
    await expectOk(
      await w.app.inject({
        method: 'PUT',
        url: '/api/help/settings',
        headers: w.staff.headers,
        payload: { responseDays: 3 },
      }),
    );
    standAt('2030-03-08');
    expect(await dueOf(await newCase(w.app, w.member.headers))).toBe('2030-03-15');
    const refused = await w.app.inject({
      method: 'PUT',
      url: '/api/help/settings',
      headers: w.member.headers,
      payload: { responseDays: 30 },
    });
    expect(refused.statusCode).toBe(403);
    await expectOk(
      await w.app.inject({
        method: 'PUT',
        url: '/api/help/settings',
        headers: w.staff.headers,
        payload: { responseDays: 5 },
      }),
    );
  });

  it('keeps closure days to the union’s staff and refuses a range that ends before it starts', async () => {
    const backwards = await w.app.inject({
      method: 'POST',
      url: '/api/help/closed-days',
      headers: w.staff.headers,
      payload: { startsOn: '2030-05-05', endsOn: '2030-05-01', reason: '劳动节' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().message).toBe('结束日期不能早于开始日期');
    const byMember = await w.app.inject({
      method: 'POST',
      url: '/api/help/closed-days',
      headers: w.member.headers,
      payload: SPORTS_DAY,
    });
    expect(byMember.statusCode).toBe(403);
    const list = await w.app.inject({ method: 'GET', url: '/api/help/closed-days', headers: w.staff.headers });
    expect(list.json().items).toEqual([expect.objectContaining(SPORTS_DAY)]);
    const foreign = await w.app.inject({
      method: 'DELETE',
      url: `/api/help/closed-days/${list.json().items[0].id}`,
      headers: w.otherSchoolStaff.headers,
    });
    expect(foreign.statusCode).toBe(404);
  });

  async function summary(headers: Record<string, string>) {
    const response = await w.app.inject({ method: 'GET', url: '/api/help/summary', headers });
    await expectOk(response);
    return response.json<{ overdue: number }>();
  }
});

async function body(w: HelpWorld) {
  const categories = await w.app.inject({ method: 'GET', url: '/api/help/categories', headers: w.member.headers });
  return {
    categoryId: categories.json().items[0].id,
    title: '家中房屋漏水急需维修',
    description: '老房子屋顶漏水，维修需要一万多元，家里经济困难。',
    urgency: 'normal',
    contactPreference: 'wechat',
  };
}
