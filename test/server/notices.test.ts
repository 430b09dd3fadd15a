import { encodeKeyset } from '../../server/src/schemas/keyset';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Record<string, string>;
let member: Record<string, string>;
let otherSchoolStaff: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnionTree(t.db);
  staff = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'] }));
  member = await signIn(t.app, await createMember(t.db, tree.schoolId));
  otherSchoolStaff = await signIn(t.app, await createMember(t.db, tree.otherSchoolId, { roles: ['staff'] }));
});
afterAll(() => t.close());

const publish = (headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/notices', headers, payload });
const list = async (headers: Record<string, string>, query = '') =>
  (await t.app.inject({ method: 'GET', url: `/api/notices${query}`, headers })).json<{
    items: { id: number; title: string; pinned: boolean }[];
    next: string | null;
  }>();

describe('notices and 工会公开', () => {
  it('lets staff publish and members read it under its category', async () => {
    const created = await publish(staff, { category: 'rules', title: '工会主席接待日制度', body: '每周三下午接待。' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      category: 'rules',
      title: '工会主席接待日制度',
      pinned: false,
      body: '每周三下午接待。',
    });

    const rules = await list(member, '?category=rules');
    expect(rules.items.map((n) => n.title)).toContain('工会主席接待日制度');
    const detail = await t.app.inject({ method: 'GET', url: `/api/notices/${created.json().id}`, headers: member });
    expect(detail.json().body).toBe('每周三下午接待。');
  });

  it('refuses a plain member who tries to publish', async () => {
    const response = await publish(member, { category: 'news', title: '我来发公告', body: '内容' });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toBe('您没有权限进行此操作');
  });

  it('keeps each school’s notices to its own members, and shows the district’s to all', async () => {
    await publish(otherSchoolStaff, { category: 'news', title: '二中内部通知', body: '仅二中' });
    const districtOfficer = await signIn(t.app, await createMember(t.db, tree.districtId, { roles: ['supervisor'] }));
    await publish(districtOfficer, { category: 'news', title: '全区通知', body: '各校工会' });

    const titles = (await list(member, '?category=news')).items.map((n) => n.title);
    expect(titles).toContain('全区通知');
    expect(titles).not.toContain('二中内部通知');

    const [secret] = await t.db.query<{ id: number }>(`SELECT id FROM notices WHERE title = '二中内部通知'`);
    expect((await t.app.inject({ method: 'GET', url: `/api/notices/${secret!.id}`, headers: member })).statusCode).toBe(
      404,
    );
  });

  it('lists pinned notices first and filters by pinned', async () => {
    await publish(staff, { category: 'news', title: '普通新闻', body: '内容' });
    await publish(staff, { category: 'news', title: '置顶新闻', body: '内容', pinned: true });
    const pinned = await list(member, '?pinned=true');
    expect(pinned.items.map((n) => n.title)).toEqual(['置顶新闻']);
    expect((await list(member, '?category=news')).items[0]!.title).toBe('置顶新闻');
  });

  it('lets staff edit and withdraw only their own union’s notices', async () => {
    const id = (await publish(staff, { category: 'services', title: '服务项目', body: '初稿' })).json().id;
    const foreign = await t.app.inject({
      method: 'PATCH',
      url: `/api/notices/${id}`,
      headers: otherSchoolStaff,
      payload: { body: '篡改' },
    });
    expect(foreign.statusCode).toBe(404);
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/notices/${id}`,
      headers: staff,
      payload: { body: '定稿', pinned: true },
    });
    expect(edited.json()).toMatchObject({ body: '定稿', pinned: true, title: '服务项目' });
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/notices/${id}`, headers: otherSchoolStaff })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/notices/${id}`, headers: staff })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/notices/${id}`, headers: member })).statusCode).toBe(404);
  });

  it('refuses an empty edit', async () => {
    const id = (await publish(staff, { category: 'services', title: '项目', body: '内容' })).json().id;
    const response = await t.app.inject({ method: 'PATCH', url: `/api/notices/${id}`, headers: staff, payload: {} });
    expect(response.statusCode).toBe(400);
  });

  describe('a board longer than a page', () => {
    const author = async (unionId: number) =>
      (await t.db.query<{ id: number }>(`SELECT id FROM members WHERE union_id = $1 LIMIT 1`, [unionId]))[0]!.id;

    it('reads every notice once, pinned first and then the newest, page after page', async () => {
      // 45 of the school's in one statement, so all carry the same instant (now() is the transaction's),
      // 5 of them pinned; 2 of the district's from yesterday; 3 of another school's, which must never show.
      const school = await t.db.query<{ id: number; pinned: boolean }>(
        `INSERT INTO notices (union_id, author_id, category, title, body, pinned)
         SELECT $1, $2, 'procedures', '办事流程' || g, '内容', g % 9 = 0 FROM generate_series(1, 45) g RETURNING id, pinned`,
        [tree.schoolId, await author(tree.schoolId)],
      );
      const district = await t.db.query<{ id: number }>(
        `INSERT INTO notices (union_id, author_id, category, title, body, published_at)
         SELECT $1, $2, 'procedures', '区工会流程' || g, '内容', now() - interval '1 day' FROM generate_series(1, 2) g RETURNING id`,
        [tree.districtId, await author(tree.districtId)],
      );
      await t.db.query(
        `INSERT INTO notices (union_id, author_id, category, title, body)
         SELECT $1, $2, 'procedures', '二中流程' || g, '内容' FROM generate_series(1, 3) g`,
        [tree.otherSchoolId, await author(tree.otherSchoolId)],
      );
      const newestFirst = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => b - a);
      const expected = [
        ...newestFirst(school.filter((n) => n.pinned)),
        ...newestFirst(school.filter((n) => !n.pinned)),
        ...newestFirst(district),
      ];

      const seen: number[] = [];
      const pageSizes: number[] = [];
      let after: string | null = null;
      do {
        const page = await list(member, `?category=procedures&limit=20${after ? `&after=${after}` : ''}`);
        pageSizes.push(page.items.length);
        seen.push(...page.items.map((n) => n.id));
        after = page.next;
      } while (after);
      expect(pageSizes).toEqual([20, 20, 7]);
      expect(seen).toEqual(expected);
    });

    it('answers a forged page position with a 400 in Chinese', async () => {
      for (const after of ['not-a-token', encodeKeyset([true, '1.7e15', 1]), encodeKeyset([1, 2])]) {
        const response = await t.app.inject({ method: 'GET', url: `/api/notices?after=${after}`, headers: member });
        expect(response.statusCode).toBe(400);
        expect(response.json().message).toBe('翻页位置无效，请下拉刷新后重新加载');
      }
    });
  });
});
