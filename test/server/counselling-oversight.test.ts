import { counsellingAccessSuite, type Person } from './counselling-fixtures';

const { t, s } = counsellingAccessSuite();

const get = (who: Person, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/counselling${url}`, headers: who.headers });

describe('what staff and the chair see', () => {
  it('gives monthly counts by mode and nothing about anyone', async () => {
    for (const who of [s.staff, s.chair]) {
      const response = await get(who, '/stats?months=3');
      expect(response.statusCode).toBe(200);
      // Standing in March 2030; both requests were made in March.
      expect(response.json()).toEqual({
        months: [
          { month: '2030-01', requests: 0, completed: 0, byMode: { in_person: 0, phone: 0, online: 0 } },
          { month: '2030-02', requests: 0, completed: 0, byMode: { in_person: 0, phone: 0, online: 0 } },
          { month: '2030-03', requests: 2, completed: 0, byMode: { in_person: 2, phone: 0, online: 0 } },
        ],
      });
    }
  });

  it('lets staff manage counsellor profiles but gives them no way to an appointment', async () => {
    const managed = (await get(s.staff, '/manage/counsellors')).json();
    expect(managed.items.map((c: { displayName: string }) => c.displayName)).toEqual(['陈老师', '赵老师']);
    expect(JSON.stringify(managed)).not.toMatch(/和领导关系紧张|孩子的事|会员甲/);
    const paused = await t.app.inject({
      method: 'PATCH',
      url: `/api/counselling/manage/counsellors/${s.yId}`,
      headers: s.staff.headers,
      payload: { active: false },
    });
    expect(paused.json()).toMatchObject({ active: false });
    expect((await get(s.a, '/counsellors')).json().items.map((c: { id: number }) => c.id)).toEqual([s.xId]);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/counselling/manage/counsellors/${s.yId}`,
      headers: s.staff.headers,
      payload: { active: true },
    });
  });

  it('refuses a profile for someone without the counsellor role', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/counselling/manage/counsellors',
      headers: s.staff.headers,
      payload: { staffNo: s.a.staffNo, displayName: '冒名', modes: ['phone'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('该会员还没有“心理咨询师”角色，请先授予角色');
  });

  it('lets staff change the hotlines every counselling page shows', async () => {
    const hotlines = [
      { number: '12356', label: '心理援助热线' },
      { number: '0571-12351', label: '市总工会职工服务热线' },
    ];
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/counselling/manage/settings',
      headers: s.staff.headers,
      payload: { hotlines, windowDays: 14, minNoticeHours: 12, cancelCutoffHours: 12 },
    });
    expect(saved.statusCode).toBe(200);
    expect((await get(s.a, '')).json().hotlines).toEqual(hotlines);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/counselling/manage/settings',
          headers: s.x.headers,
          payload: { hotlines, windowDays: 14, minNoticeHours: 12, cancelCutoffHours: 12 },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('publishes the operations the issue names', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { operationId: string }>>;
    }>();
    const ids = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    expect(ids).toEqual(
      expect.arrayContaining([
        'listCounsellors',
        'getCounsellorAvailability',
        'createCounsellingRequest',
        'listMyCounselling',
        'cancelCounselling',
      ]),
    );
  });
});
