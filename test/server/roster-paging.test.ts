import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

interface Member {
  id: number;
  name: string;
  staffNo: string;
  status: 'active' | 'left';
}
interface Page {
  items: Member[];
  total: number;
  next: string | null;
}

let t: TestApp;
let chair: Record<string, string>;
let schoolId: number;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnionTree(t.db);
  schoolId = tree.schoolId;
  chair = await signIn(t.app, await createMember(t.db, schoolId, { roles: ['chair'], name: '王主席' }));
  // Members who left interleaved with those still here, so the pages cross from 在册 to 已离会.
  for (let i = 0; i < 9; i += 1)
    await createMember(t.db, schoolId, {
      name: i % 3 === 0 ? `离会老师${i}` : `在册老师${i}`,
      status: i % 3 === 0 ? 'left' : 'active',
    });
  await createMember(t.db, tree.otherSchoolId, { name: '别校老师' });
});
afterAll(() => t.close());

async function get(query: string): Promise<Page> {
  const response = await t.app.inject({ method: 'GET', url: `/api/admin/members?${query}`, headers: chair });
  expect(response.statusCode).toBe(200);
  return response.json<Page>();
}

async function allPages(query: string, limit: number): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    pages.push(await get(`${query}&limit=${limit}${after ? `&after=${after}` : ''}`));
    after = pages[pages.length - 1]!.next;
  } while (after && pages.length < 20);
  return pages;
}

describe('the roster pages by keyset', () => {
  it('pages the union’s members in its order (在册 first, then by 工号) with nothing lost or repeated', async () => {
    const whole = await get('limit=100');
    expect(whole.items).toHaveLength(10);
    expect(whole.next).toBeNull();
    const order = [...whole.items].sort(
      (a, b) => a.status.localeCompare(b.status) || (a.staffNo < b.staffNo ? -1 : a.staffNo > b.staffNo ? 1 : 0),
    );
    expect(whole.items.map((m) => m.id)).toEqual(order.map((m) => m.id));
    expect(whole.items.map((m) => m.name)).not.toContain('别校老师');

    const pages = await allPages('q=', 3);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 3, 1]);
    expect(pages.flatMap((p) => p.items.map((m) => m.id))).toEqual(whole.items.map((m) => m.id));
    expect(pages.every((p) => p.total === 10)).toBe(true);
  });

  it('pages a search and a status filter on their own', async () => {
    for (const query of ['q=在册', 'status=left', 'q=老师&status=active']) {
      const whole = await get(`${query}&limit=100`);
      expect(whole.items.length).toBeGreaterThan(1);
      const paged = (await allPages(query, 2)).flatMap((p) => p.items.map((m) => m.id));
      expect({ query, ids: paged }).toEqual({ query, ids: whole.items.map((m) => m.id) });
    }
  });

  it('refuses a paging position it did not hand out, and offset, in Chinese', async () => {
    for (const after of ['abc', Buffer.from('[1,2]').toString('base64url')]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/admin/members?after=${after}`, headers: chair });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain('翻页位置无效');
    }
    const offset = await t.app.inject({ method: 'GET', url: '/api/admin/members?offset=20', headers: chair });
    expect(offset.statusCode).toBe(400);
  });
});
