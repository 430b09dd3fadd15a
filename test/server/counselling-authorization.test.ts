import { counsellingAccessSuite, desk, mine, type Person } from './counselling-fixtures';

const { t, s, prepared } = counsellingAccessSuite();
/** Member A's appointment with counsellor X, and member B's with counsellor Y. */
let ofA: number;
let ofB: number;
beforeAll(() => ({ ofA, ofB } = prepared));

describe('the authorization matrix', () => {
  // :A is member A's appointment (with counsellor X), :B member B's (with counsellor Y).
  const cases: {
    who: string;
    method: 'GET' | 'POST' | 'PUT';
    url: string;
    status: 403 | 404;
    payload?: Record<string, unknown>;
  }[] = [
    { who: 'member A', method: 'GET', url: '/appointments/:B', status: 404 },
    { who: 'member A', method: 'POST', url: '/appointments/:B/cancel', status: 404, payload: {} },
    { who: 'member A', method: 'POST', url: '/appointments/:B/rating', status: 404, payload: { score: 1 } },
    { who: 'member A', method: 'GET', url: '/desk/appointments/:A', status: 403 },
    { who: 'member A', method: 'GET', url: '/desk/appointments', status: 403 },
    { who: 'member A', method: 'GET', url: '/stats', status: 403 },
    { who: 'member A', method: 'GET', url: '/manage/counsellors', status: 403 },
    { who: 'staff', method: 'GET', url: '/appointments/:A', status: 404 },
    { who: 'staff', method: 'GET', url: '/desk/appointments/:A', status: 403 },
    { who: 'staff', method: 'GET', url: '/desk/appointments/:A/note', status: 403 },
    { who: 'chair', method: 'GET', url: '/appointments/:A', status: 404 },
    { who: 'chair', method: 'GET', url: '/desk/appointments/:A', status: 403 },
    { who: 'counsellor X', method: 'GET', url: '/desk/appointments/:B', status: 404 },
    { who: 'counsellor X', method: 'GET', url: '/desk/appointments/:B/note', status: 404 },
    { who: 'counsellor X', method: 'PUT', url: '/desk/appointments/:B/note', status: 404, payload: { text: '越权' } },
    { who: 'counsellor X', method: 'POST', url: '/desk/appointments/:B/confirm', status: 404, payload: {} },
    { who: 'counsellor X', method: 'GET', url: '/appointments/:A', status: 404 },
    { who: 'counsellor X', method: 'GET', url: '/stats', status: 403 },
    { who: 'counsellor Y', method: 'GET', url: '/desk/appointments/:A', status: 404 },
    { who: 'counsellor Y', method: 'GET', url: '/desk/appointments/:A/note', status: 404 },
    { who: 'another school’s counsellor', method: 'GET', url: '/desk/appointments/:A', status: 404 },
    { who: 'another school’s staff', method: 'GET', url: '/desk/appointments/:A', status: 403 },
  ];
  const people = (): Record<string, Person> => ({
    'member A': s.a,
    staff: s.staff,
    chair: s.chair,
    'counsellor X': s.x,
    'counsellor Y': s.y,
    'another school’s counsellor': s.elsewhere,
    'another school’s staff': s.otherStaff,
  });

  it.each(cases)('$who: $method $url is refused with $status', async ({ who, method, url, status, payload }) => {
    const path = url.replace(':A', String(ofA)).replace(':B', String(ofB));
    const response = await t.app.inject({
      method,
      url: `/api/counselling${path}`,
      headers: people()[who]!.headers,
      ...(payload ? { payload } : {}),
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expect(response.body).not.toContain('和领导关系紧张');
    expect(response.body).not.toContain('孩子的事');
  });

  it('leaves nothing changed and nothing readable after the refusals', async () => {
    expect((await mine(t.app, s.b, 'GET', `/${ofB}`)).json()).toMatchObject({ status: 'requested', rating: null });
    expect((await desk(t.app, s.y, 'GET', `/appointments/${ofB}/note`)).json()).toEqual({
      text: null,
      updatedAt: null,
    });
  });

  it('shows each counsellor only their own appointments, and each member only their own', async () => {
    const listed = (await desk(t.app, s.x, 'GET', '/appointments?scope=pending')).json();
    expect(listed.items.map((i: { id: number }) => i.id)).toEqual([ofA]);
    // The alias stands in for the name; the member chose message contact, so no phone number.
    expect(listed.items[0].client).toEqual({ name: '小林', isAlias: true, phone: null });
    expect(JSON.stringify(listed)).not.toContain('会员甲');
    const own = (await mine(t.app, s.a, 'GET', '')).json();
    expect(own.items.map((i: { id: number }) => i.id)).toEqual([ofA]);
  });
});
