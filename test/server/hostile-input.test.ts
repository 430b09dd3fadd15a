import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import { fromDatabaseError } from '../../server/src/plugins/database-errors';
import { createLoggingWechatClient } from '../../server/src/services/wechat';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let staff: Record<string, string>;
const count = async (table: string) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
const CHINESE = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnionTree(t.db);
  staff = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'] }));
});
afterAll(() => t.close());

describe('ids are parsed strictly', () => {
  it.each(['2147483648', '9223372036854775808', '99999999999999999999999999'])(
    'answers a path id %s beyond integer with 404',
    async (id) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/notices/${id}`, headers: staff });
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toMatch(CHINESE);
    },
  );

  it.each(['0x10', ' 1', '1e3', '1.0', 'Infinity', '+1'])(
    'refuses a path id written as %j instead of reading it as a number',
    async (id) => {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/notices/${encodeURIComponent(id)}`,
        headers: staff,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toBe('编号的类型不正确，应为整数');
    },
  );

  it('refuses a body id beyond integer with a 400 that names the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/reception/appointments',
      headers: staff,
      payload: { sessionId: 2147483648, slotStart: '2030-01-01T06:00:00.000Z', topic: 'other', description: '说明' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('接待日不能大于 2147483647');
  });

  it('refuses a query id beyond integer with a 400 that names the field', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/admin/members?branchId=2147483648',
      headers: staff,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^分工会/);
  });
});

describe('text with control characters', () => {
  it.each([
    ['a NUL byte', '标题\u0000'],
    ['an escape', '标题\u001b[31m'],
    ['a DEL', '标题\u007f'],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_what, title) => {
    const before = await count('notices');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/notices',
      headers: staff,
      payload: { category: 'news', title, body: '正文' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('标题含有不可见的控制字符，请删去后重试');
    expect(await count('notices')).toBe(before);
  });

  it('keeps tabs and line breaks', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/notices',
      headers: staff,
      payload: { category: 'news', title: '标题', body: '第一行\r\n\t第二行' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().body).toBe('第一行\r\n\t第二行');
  });
});

describe('what the database alone would catch', () => {
  const failureOf = (sql: string) =>
    t.db.query(sql).then(
      () => null,
      (error: unknown) => error,
    );

  it.each([
    ['a value beyond integer', 400, 'SELECT 2147483648::int'],
    ['text that is not a number', 400, "SELECT 'x'::int"],
    ['a division by zero', 400, 'SELECT 1/0'],
    [
      'a duplicate',
      409,
      'INSERT INTO schema_version (version, name, md5, run_at) SELECT version, name, md5, run_at FROM schema_version LIMIT 1',
    ],
  ] as const)('maps %s from the real database to a %i in Chinese', async (_what, status, sql) => {
    const mapped = fromDatabaseError(await failureOf(sql));
    expect(mapped?.statusCode).toBe(status);
    expect(mapped?.message).toMatch(CHINESE);
  });

  it('leaves an error that is not the database’s to the 500 path', () => {
    expect(fromDatabaseError(new TypeError('x is undefined'))).toBeNull();
  });
});

describe('the one error handler as a safety net', () => {
  // Routes that send the database what only it would refuse, added to a real app before it starts:
  // what the schemas let through still reaches the caller as a Chinese 400/409, never a 500.
  const TRIPS: [string, number, string][] = [
    ['range', 400, 'SELECT 2147483648::int'],
    ['check', 400, `INSERT INTO unions (kind, name) VALUES ('school', '')`],
    ['encoding', 400, `SELECT convert_from('\\xff'::bytea, 'UTF8')`],
    ['duplicate', 409, 'INSERT INTO schema_version SELECT * FROM schema_version LIMIT 1'],
  ];
  let tripped: FastifyInstance;
  beforeAll(async () => {
    tripped = await buildApp({ db: t.db, config: testConfig(), wechat: createLoggingWechatClient(() => undefined) });
    for (const [name, , sql] of TRIPS) tripped.get(`/api/trip/${name}`, async () => t.db.query(sql));
    await tripped.ready();
  });
  afterAll(() => tripped.close());

  it.each(TRIPS)('answers SQL the database refuses for %s with a %i in Chinese', async (name, status) => {
    const response = await tripped.inject({ method: 'GET', url: `/api/trip/${name}` });
    expect(response.statusCode).toBe(status);
    expect(response.json().message).toMatch(CHINESE);
  });

  it('refuses a blank closure reason (once a CHECK’s 500) with a 400 in Chinese, and writes nothing', async () => {
    const before = await count('room_closures');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/closures',
      headers: staff,
      payload: { startsOn: '2030-01-01', endsOn: '2030-01-02', reason: ' ' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(CHINESE);
    expect(await count('room_closures')).toBe(before);
  });
});

describe('limits the framework enforces', () => {
  it('answers an over-long path parameter with a 414 in Chinese', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/notices/${'1'.repeat(300)}`, headers: staff });
    expect(response.statusCode).toBe(414);
    expect(response.json().message).toBe('网址中的参数过长');
  });

  it('answers a body over the limit with a 413 in Chinese', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/notices',
      headers: { ...staff, 'content-type': 'application/json' },
      payload: JSON.stringify({ category: 'news', title: '大', body: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toBe('请求内容过大');
  });

  it('answers headers over Node’s limit with a 431 in Chinese', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.get(
        {
          host: '127.0.0.1',
          port,
          path: `/api/notices?q=${'x'.repeat(20_000)}`,
          headers: { cookie: 'y'.repeat(20_000) },
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
    });
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body).message).toBe('请求头或网址过长');
  });
});
