import { act, caseIn, expectOk, helpSuite, standAt } from './help-fixtures';

const w = helpSuite();

const visits = async (scope = 'due') =>
  (await w.app.inject({ method: 'GET', url: `/api/help/visits?scope=${scope}`, headers: w.staff.headers })).json()
    .items as {
    id: number;
    requestId: number;
    dueOn: string;
    overdue: boolean;
    status: string;
  }[];

describe('回访', () => {
  it('plans visits at +30 and +90 days when resolving, lists them when due, flags them when late and records the outcome', async () => {
    standAt('2030-05-06');
    const id = await caseIn(w, 'in_progress');
    await expectOk(
      await act(w.app, w.staff.headers, id, 'resolve', { outcome: '已发放困难补助 2000 元', followUpDays: [30, 90] }),
    );
    const planned = (await visits('planned')).filter((v) => v.requestId === id);
    expect(planned.map((v) => v.dueOn)).toEqual(['2030-06-05', '2030-08-04']);

    standAt('2030-05-20');
    expect((await visits()).filter((v) => v.requestId === id)).toEqual([]);
    standAt('2030-06-01');
    expect((await visits()).filter((v) => v.requestId === id)).toEqual([
      expect.objectContaining({ dueOn: '2030-06-05', overdue: false }),
    ]);
    standAt('2030-06-06');
    const [late] = (await visits()).filter((v) => v.requestId === id);
    expect(late).toMatchObject({ overdue: true });
    const summary = await w.app.inject({ method: 'GET', url: '/api/help/summary', headers: w.chair.headers });
    expect(summary.json().visitsOverdue).toBeGreaterThanOrEqual(1);

    const foreign = await w.app.inject({
      method: 'POST',
      url: `/api/help/visits/${late!.id}/complete`,
      headers: w.otherSchoolStaff.headers,
      payload: { outcome: '—' },
    });
    expect(foreign.statusCode).toBe(404);
    await expectOk(
      await w.app.inject({
        method: 'POST',
        url: `/api/help/visits/${late!.id}/complete`,
        headers: w.staff.headers,
        payload: { outcome: '母亲已出院，家庭情况稳定' },
      }),
      204,
    );
    const again = await w.app.inject({
      method: 'POST',
      url: `/api/help/visits/${late!.id}/complete`,
      headers: w.staff.headers,
      payload: { outcome: '再登记一次' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('这次回访已经登记过了');

    const handlerView = (
      await w.app.inject({ method: 'GET', url: `/api/help/cases/${id}`, headers: w.staff.headers })
    ).json();
    expect(handlerView.visits[0]).toMatchObject({ status: 'done', outcome: '母亲已出院，家庭情况稳定' });
    const memberView = await w.app.inject({
      method: 'GET',
      url: `/api/help/requests/${id}`,
      headers: w.member.headers,
    });
    expect(memberView.body).not.toContain('母亲已出院');
    expect(memberView.json().visits).toEqual([
      { id: late!.id, dueOn: '2030-06-05', status: 'done' },
      expect.objectContaining({ dueOn: '2030-08-04', status: 'planned' }),
    ]);
    expect(memberView.json().events.at(-1)).toMatchObject({ kind: 'visited', body: '工会对您进行了回访' });
  });

  it('schedules a visit on a finished case only, and drops planned visits when the member reopens', async () => {
    standAt('2030-05-06');
    const open = await caseIn(w, 'in_progress');
    const early = await w.app.inject({
      method: 'POST',
      url: `/api/help/requests/${open}/visits`,
      headers: w.staff.headers,
      payload: { dueOn: '2030-06-01' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('求助办结后才能安排回访');

    const id = await caseIn(w, 'resolved');
    await expectOk(
      await w.app.inject({
        method: 'POST',
        url: `/api/help/requests/${id}/visits`,
        headers: w.staff.headers,
        payload: { dueOn: '2030-06-01' },
      }),
      201,
    );
    const past = await w.app.inject({
      method: 'POST',
      url: `/api/help/requests/${id}/visits`,
      headers: w.staff.headers,
      payload: { dueOn: '2030-05-01' },
    });
    expect(past.json().message).toBe('回访日期不能早于今天');
    await expectOk(await act(w.app, w.member.headers, id, 'reopen', { message: '问题又出现了' }));
    expect((await visits('planned')).filter((v) => v.requestId === id)).toEqual([]);
  });

  it('counts on the queue’s strip the union’s own planned visits, due and overdue, and none of another school’s', async () => {
    standAt('2030-05-06');
    const elsewhere = {
      ...w,
      member: await w.person(w.tree.otherSchoolId, { name: '赵老师' }),
      staff: w.otherSchoolStaff,
    };
    for (const world of [w, elsewhere]) {
      const id = await caseIn(world, 'resolved');
      for (const dueOn of ['2030-05-10', '2030-06-05'])
        await expectOk(
          await w.app.inject({
            method: 'POST',
            url: `/api/help/requests/${id}/visits`,
            headers: world.staff.headers,
            payload: { dueOn },
          }),
          201,
        );
    }
    standAt('2030-06-05');
    const strip = async (headers: Record<string, string>) => {
      const summary = (await w.app.inject({ method: 'GET', url: '/api/help/summary', headers })).json();
      return { due: summary.visitsDue, overdue: summary.visitsOverdue };
    };
    // Counted through each visit's case, as the strip did before a visit carried its union (migration 090).
    const byCase = async (unionId: number) =>
      (
        await w.db.query<{ due: number; overdue: number }>(
          `SELECT count(*) FILTER (WHERE v.due_on <= '2030-06-05')::int AS due, count(*) FILTER (WHERE v.due_on < '2030-06-05')::int AS overdue
             FROM help_visits v JOIN help_requests r ON r.id = v.request_id WHERE r.union_id = $1 AND v.status = 'planned'`,
          [unionId],
        )
      )[0];
    expect(await byCase(w.tree.otherSchoolId)).toEqual({ due: 2, overdue: 1 });
    expect(await strip(w.otherSchoolStaff.headers)).toEqual({ due: 2, overdue: 1 });
    const ours = await strip(w.staff.headers);
    expect(ours).toEqual(await byCase(w.tree.schoolId));
    expect(ours.due).toBeGreaterThanOrEqual(2);
  });
});
