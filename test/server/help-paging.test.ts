import { caseIn, expectOk, type HelpWorld, helpWorld, newCase, PATHS, act, rate, standAt } from './help-fixtures';

interface Summary {
  id: number;
  status: string;
  urgency: string;
  overdue: boolean;
}
interface Page {
  items: Summary[];
  next: string | null;
}

const OPEN = ['submitted', 'accepted', 'in_progress', 'waiting_member'];
const RANK: Record<string, number> = { critical: 3, urgent: 2, normal: 1 };

let w: HelpWorld;
beforeAll(async () => {
  w = await helpWorld();
  standAt('2030-03-04');
  // Every state at every urgency, so the pages cross from overdue to open to finished cases.
  for (const state of ['submitted', 'accepted', 'in_progress', 'waiting_member', 'resolved', 'closed', 'rejected']) {
    for (const urgency of ['normal', 'critical', 'urgent']) {
      const id = await newCase(w.app, w.member.headers, { urgency });
      const steps = state === 'closed' ? PATHS.resolved! : PATHS[state]!;
      for (const step of steps)
        await expectOk(
          await act(w.app, (step.as === 'member' ? w.member : w.staff).headers, id, step.action, step.extra),
        );
      if (state === 'closed') await expectOk(await rate(w.app, w.member.headers, id));
    }
  }
  await caseIn(w, 'withdrawn');
  // Two weeks on: the cases nobody answered are overdue.
  standAt('2030-03-20');
}, 120_000);
afterAll(() => w.close());

async function get(url: string, headers = w.staff.headers): Promise<Page> {
  const response = await w.app.inject({ method: 'GET', url, headers });
  await expectOk(response);
  return response.json<Page>();
}

/** Every page of a list, following `next` until there is none. */
async function allPages(url: string, limit: number, headers = w.staff.headers): Promise<Summary[][]> {
  const pages: Summary[][] = [];
  let after: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const page: Page = await get(`${url}${sep}limit=${limit}${after ? `&after=${after}` : ''}`, headers);
    pages.push(page.items);
    after = page.next;
  } while (after && pages.length < 50);
  return pages;
}

describe('the help lists page by keyset', () => {
  it('pages the queue in its order (overdue, open, most urgent, newest) with nothing lost or repeated', async () => {
    const whole = (await get('/api/help/cases?limit=100')).items;
    expect(whole).toHaveLength(22);
    const key = (c: Summary) => [+c.overdue, +OPEN.includes(c.status), RANK[c.urgency]!, c.id];
    const sorted = [...whole].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return y[i]! - x[i]!;
      return 0;
    });
    expect(whole.map((c) => c.id)).toEqual(sorted.map((c) => c.id));
    expect(whole[0]!.overdue).toBe(true);

    const pages = await allPages('/api/help/cases', 4);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 4, 4, 2]);
    expect(pages.flat().map((c) => c.id)).toEqual(whole.map((c) => c.id));
  });

  it('pages each tab of the queue on its own', async () => {
    for (const query of ['status=open', 'status=resolved', 'overdue=true', 'status=closed']) {
      const whole = (await get(`/api/help/cases?${query}&limit=100`)).items;
      expect(whole.length).toBeGreaterThan(1);
      const paged = (await allPages(`/api/help/cases?${query}`, 2)).flat();
      expect({ query, ids: paged.map((c) => c.id) }).toEqual({ query, ids: whole.map((c) => c.id) });
    }
  });

  it('pages the member’s own cases, open ones first, and says when there are no more', async () => {
    const whole = (await get('/api/help/requests/mine?limit=100', w.member.headers)).items;
    expect(whole).toHaveLength(22);
    const firstDone = whole.findIndex((c) => !OPEN.includes(c.status));
    expect(whole.slice(firstDone).every((c) => !OPEN.includes(c.status))).toBe(true);
    const pages = await allPages('/api/help/requests/mine', 5, w.member.headers);
    expect(pages.flat().map((c) => c.id)).toEqual(whole.map((c) => c.id));
    expect((await get('/api/help/requests/mine?limit=100', w.member.headers)).next).toBeNull();
  });

  it('refuses a paging position it did not hand out, in Chinese', async () => {
    const mine = await get('/api/help/requests/mine?limit=1', w.member.headers);
    for (const after of ['abc', mine.next!]) {
      const response = await w.app.inject({
        method: 'GET',
        url: `/api/help/cases?after=${after}`,
        headers: w.staff.headers,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain('翻页位置无效');
    }
    const offset = await w.app.inject({ method: 'GET', url: '/api/help/cases?offset=20', headers: w.staff.headers });
    expect(offset.statusCode).toBe(400);
  });
});
