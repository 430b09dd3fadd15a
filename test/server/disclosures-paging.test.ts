import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

interface Summary {
  id: number;
  category: string;
  title: string;
}
interface Page {
  items: Summary[];
  next: string | null;
  manage: boolean;
}
type Headers = Record<string, string>;

let t: TestApp;
let schoolId: number;
let member: Headers;
let staff: Headers;
let foreigner: Headers;
/** The items this file published, in the board's order: newest first, then the higher id. */
let board: { id: number; category: string }[];

// 45 items published within one millisecond of each other: 15 at the very same instant and 30 a
// microsecond apart, so a key cut to milliseconds could not tell any of them apart.
const PUBLISHED = `timestamptz '2030-03-01 10:00:00.120000+08'`;
const offsetOf = (i: number) => (i <= 15 ? 500 : i);
const categoryOf = (i: number) => (i % 3 === 0 ? 'finance' : 'plan');

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnionTree(t.db);
  schoolId = tree.schoolId;
  const person = async (unionId: number, roles: 'staff'[] = []) =>
    signIn(t.app, await createMember(t.db, unionId, { roles }));
  member = await person(schoolId);
  staff = await person(schoolId, ['staff']);
  foreigner = await person(tree.otherSchoolId, ['staff']);
  // One statement, so the 15 items of the shared instant carry exactly the same published_at.
  const rows = await t.db.query<{ id: number; i: number }>(
    `INSERT INTO disclosures (union_id, category, title, body, client_key, published_at)
     SELECT $1, CASE WHEN i % 3 = 0 THEN 'finance' ELSE 'plan' END, '公开事项 ' || i, '内容', gen_random_uuid(),
            ${PUBLISHED} + (CASE WHEN i <= 15 THEN 500 ELSE i END) * interval '1 microsecond'
       FROM generate_series(1, 45) AS i
     RETURNING id, (regexp_replace(title, '\\D', '', 'g'))::int AS i`,
    [schoolId],
  );
  expect(rows).toHaveLength(45);
  board = rows
    .map((r) => ({ id: r.id, category: categoryOf(r.i), offset: offsetOf(r.i) }))
    .sort((a, b) => b.offset - a.offset || b.id - a.id)
    .map(({ id, category }) => ({ id, category }));
});
afterAll(() => t.close());

const get = (url: string, headers = member) => t.app.inject({ method: 'GET', url, headers });

/** Every page of the board, following `next` until there is none. */
async function allPages(query: string, headers = member): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const response = await get(`/api/disclosures?${query}${after ? `&after=${after}` : ''}`, headers);
    expect(response.statusCode).toBe(200);
    const page: Page = response.json<Page>();
    pages.push(page);
    after = page.next;
  } while (after && pages.length < 50);
  return pages;
}

describe('the 校务公开 board pages by keyset', () => {
  it('shows 20 at a time by default and reaches every item once, newest first', async () => {
    const pages = await allPages('');
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p.next === null)).toEqual([false, false, true]);
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(board.map((d) => d.id));
  });

  it('splits the items of one instant across pages without skipping or repeating any', async () => {
    // Pages of 7 cut the 15 items of the shared instant twice.
    const pages = await allPages('limit=7');
    expect(pages.map((p) => p.items.length)).toEqual([7, 7, 7, 7, 7, 7, 3]);
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(board.map((d) => d.id));
  });

  it('keeps the category filter on every page', async () => {
    const pages = await allPages('category=finance&limit=4');
    const finance = board.filter((d) => d.category === 'finance').map((d) => d.id);
    expect(finance).toHaveLength(15);
    expect(pages.map((p) => p.items.length)).toEqual([4, 4, 4, 3]);
    expect(pages.flatMap((p) => p.items.map((i) => i.category))).toEqual(Array(15).fill('finance'));
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(finance);
  });

  it('goes on where it left off when something newer is published in between', async () => {
    const first = (await get('/api/disclosures?limit=10')).json<Page>();
    const [newer] = await t.db.query<{ id: number }>(
      `INSERT INTO disclosures (union_id, category, title, body, client_key, published_at)
       VALUES ($1, 'other', '刚刚发布', '内容', gen_random_uuid(), ${PUBLISHED} + interval '1 day') RETURNING id`,
      [schoolId],
    );
    const second = (await get(`/api/disclosures?limit=10&after=${first.next}`)).json<Page>();
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(board.slice(0, 20).map((d) => d.id));
    expect((await get('/api/disclosures?limit=1')).json<Page>().items[0]!.id).toBe(newer!.id);
    await t.db.query(`DELETE FROM disclosures WHERE id = $1`, [newer!.id]);
  });

  it('refuses a paging position it did not hand out, in Chinese', async () => {
    const token = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const forged = [
      'garbage',
      token(['1893376800120500', 'x']),
      token([1893376800120500, 5]),
      token(['1893376800120.5', 5]),
      token(['-1', 5]),
    ];
    for (const after of forged) {
      const response = await get(`/api/disclosures?after=${after}`);
      expect({ after, status: response.statusCode }).toEqual({ after, status: 400 });
      expect(response.json().message).toContain('翻页位置无效');
    }
    const badLimit = await get('/api/disclosures?limit=101');
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().message).toMatch(/每页条数/);
  });

  it('shows none of them to another union, and the staff mark only to staff', async () => {
    const elsewhere = await allPages('', foreigner);
    expect(elsewhere.map((p) => [p.items, p.next])).toEqual([[[], null]]);
    // A token from this board, handed to another union, still reads only that union's board.
    const mine = (await get('/api/disclosures?limit=1')).json<Page>();
    const crossed = await get(`/api/disclosures?after=${mine.next}`, foreigner);
    expect(crossed.json<Page>().items).toEqual([]);
    expect([(await allPages('', staff))[0]!.manage, (await allPages(''))[0]!.manage]).toEqual([true, false]);
  });
});
