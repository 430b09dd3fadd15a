import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let staffHeaders: Record<string, string>;
const noticeCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM notices'))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnionTree(t.db);
  staffHeaders = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'] }));
});
afterAll(() => t.close());

describe('health and the API document', () => {
  it('reports ok and which database engine it runs on', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', db: t.db.kind });
  });

  it('publishes an OpenAPI 3 document with an operationId and a tag on every operation', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const operations = Object.entries(
      doc.paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>,
    ).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ at: `${method} ${path}`, ...op })));
    expect(operations.length).toBeGreaterThan(10);
    for (const op of operations) {
      expect({ at: op.at, hasId: Boolean(op.operationId), hasTag: Boolean(op.tags?.length) }).toEqual({
        at: op.at,
        hasId: true,
        hasTag: true,
      });
    }
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['getHealth', 'wechatLogin', 'bindMember', 'getMe', 'listNotices', 'listMessages']),
    );
  });
});

describe('errors', () => {
  it('answers an unknown route with a JSON 404 in Chinese', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: '没有这个接口：GET /api/no-such-thing' });
  });

  it('refuses a malformed JSON body and writes nothing', async () => {
    const before = await noticeCount();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/notices',
      headers: { ...staffHeaders, 'content-type': 'application/json' },
      payload: '{"title": "半截',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('请求内容不是有效的 JSON');
    expect(await noticeCount()).toBe(before);
  });

  it.each([
    ['a wrong type', { category: 'news', title: 42, body: '正文' }, '标题的类型不正确，应为文字'],
    ['an unknown field', { category: 'news', title: '标题', body: '正文', colour: 'red' }, '不支持的字段：colour'],
    ['a missing field', { category: 'news', body: '正文' }, '缺少必填项：标题'],
    ['a value outside the list', { category: 'gossip', title: '标题', body: '正文' }, '栏目的取值无效'],
    ['an over-long field', { category: 'news', title: '长'.repeat(61), body: '正文' }, '标题不能超过 60 个字'],
  ])('names the field in Chinese for %s, and writes nothing', async (_case, payload, message) => {
    const before = await noticeCount();
    const response = await t.app.inject({ method: 'POST', url: '/api/notices', headers: staffHeaders, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'VALIDATION', message });
    expect(await noticeCount()).toBe(before);
  });

  it('refuses a 1 MB string with a 4xx and writes nothing', async () => {
    const before = await noticeCount();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/notices',
      headers: staffHeaders,
      payload: { category: 'news', title: '大', body: 'x'.repeat(1024 * 1024) },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().message).toBe('请求内容过大');
    expect(await noticeCount()).toBe(before);
  });

  it('hides the cause of a server error behind a Chinese message', async () => {
    const broken = await createTestApp();
    await broken.db.close();
    const response = await broken.app.inject({ method: 'GET', url: '/api/health' });
    await broken.app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ code: 'INTERNAL', message: '服务器开小差了，请稍后再试' });
  });
});
