import { createOutboxSender } from '../../server/src/jobs/outbox-sender';
import { notify } from '../../server/src/services/notify';
import { createWechatClient } from '../../server/src/services/wechat';
import { setClock } from '../../server/src/clock';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { startFakeWechat } from '../support/fake-wechat';
import { createTestApp, type TestApp } from '../support/test-app';
import { at, book, createRoom, MONDAY, standAt } from './booking-fixtures';

const TEMPLATES = { booking: 'tmpl-booking' };
let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;

beforeAll(async () => {
  t = await createTestApp({ config: { wechat: { apiBase: '', templates: TEMPLATES, miniprogramState: 'formal' } } });
  tree = await createUnionTree(t.db);
});
afterAll(() => t.close());

describe('message centre', () => {
  it('shows a member their messages newest first, counts unread and marks them read', async () => {
    const m = await createMember(t.db, tree.schoolId);
    const headers = await signIn(t.app, m);
    for (const title of ['第一条', '第二条', '第三条']) {
      await notify(
        t.db,
        {},
        { memberId: m.id, kind: 'notice', title, body: '内容', link: '/packages/notices/pages/index/index' },
      );
    }
    const page = (await t.app.inject({ method: 'GET', url: '/api/messages?limit=2', headers })).json();
    expect(page.items.map((x: { title: string }) => x.title)).toEqual(['第三条', '第二条']);
    expect(page).toMatchObject({ unreadCount: 3, hasMore: true });
    const rest = (
      await t.app.inject({ method: 'GET', url: `/api/messages?limit=2&before=${page.items[1].id}`, headers })
    ).json();
    expect(rest.items.map((x: { title: string }) => x.title)).toEqual(['第一条']);
    expect(rest.hasMore).toBe(false);

    expect(
      (await t.app.inject({ method: 'POST', url: `/api/messages/${page.items[0].id}/read`, headers })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/messages/unread-count', headers })).json()).toEqual({
      count: 2,
    });
    await t.app.inject({ method: 'POST', url: '/api/messages/read-all', headers });
    expect((await t.app.inject({ method: 'GET', url: '/api/messages/unread-count', headers })).json()).toEqual({
      count: 0,
    });
  });

  it('lists by the time each message was made, even when rows were written out of that order', async () => {
    const m = await createMember(t.db, tree.schoolId);
    const headers = await signIn(t.app, m);
    const insert = (title: string, minutesAgo: number) =>
      t.db.query(
        `INSERT INTO notifications (member_id, kind, title, body, created_at) VALUES ($1, 'notice', $2, '内容', now() - make_interval(mins => $3))`,
        [m.id, title, minutesAgo],
      );
    await insert('5分钟前', 5);
    await insert('昨天', 24 * 60);
    await insert('6分钟前', 6);
    await insert('刚才', 0);
    const first = (await t.app.inject({ method: 'GET', url: '/api/messages?limit=2', headers })).json();
    expect(first.items.map((x: { title: string }) => x.title)).toEqual(['刚才', '5分钟前']);
    const rest = (
      await t.app.inject({ method: 'GET', url: `/api/messages?limit=2&before=${first.items[1].id}`, headers })
    ).json();
    expect(rest.items.map((x: { title: string }) => x.title)).toEqual(['6分钟前', '昨天']);
    expect(rest.hasMore).toBe(false);
  });

  it('never shows or changes another member’s messages', async () => {
    const owner = await createMember(t.db, tree.schoolId);
    const other = await signIn(t.app, await createMember(t.db, tree.schoolId));
    await notify(t.db, {}, { memberId: owner.id, kind: 'help', title: '您的求助已受理' });
    const [row] = await t.db.query<{ id: number }>('SELECT id FROM notifications WHERE member_id = $1', [owner.id]);
    expect((await t.app.inject({ method: 'GET', url: '/api/messages', headers: other })).json().items).toEqual([]);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/messages/${row!.id}/read`, headers: other })).statusCode,
    ).toBe(404);
    const [after] = await t.db.query<{ read_at: Date | null }>('SELECT read_at FROM notifications WHERE id = $1', [
      row!.id,
    ]);
    expect(after!.read_at).toBeNull();
  });
});

describe('WeChat subscribe messages', () => {
  const outbox = (memberId: number) =>
    t.db.query<{ status: string; attempts: number; data: Record<string, { value: string }> }>(
      'SELECT status, attempts, data FROM subscribe_outbox WHERE member_id = $1 ORDER BY id',
      [memberId],
    );

  async function boundMember() {
    const m = await createMember(t.db, tree.schoolId);
    await t.db.query('UPDATE members SET openid = $2 WHERE id = $1', [m.id, `openid-${m.id}`]);
    return { ...m, headers: await signIn(t.app, m) };
  }

  it('queues one WeChat message per grant the member gave, and none without a grant', async () => {
    const m = await boundMember();
    await notify(t.db, TEMPLATES, { memberId: m.id, kind: 'booking', title: '预约成功' });
    expect(await outbox(m.id)).toEqual([]);

    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/messages/subscriptions',
      headers: m.headers,
      payload: { accepted: ['tmpl-booking'] },
    });
    expect(accepted.statusCode).toBe(204);
    await notify(t.db, TEMPLATES, {
      memberId: m.id,
      kind: 'booking',
      title: '羽毛球场预约成功，请于开场前十五分钟内到场签到',
      body: '周五 18:00',
    });
    await notify(t.db, TEMPLATES, { memberId: m.id, kind: 'booking', title: '第二条' });
    const queued = await outbox(m.id);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.data.thing1!.value).toHaveLength(20);
  });

  it('a booking queues its reminder with the booking itself; a refused booking spends no grant', async () => {
    const staff = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'] }));
    const room = await createRoom(t.app, staff, { name: '羽毛球场', capacity: 1 });
    const [first, second] = [await boundMember(), await boundMember()];
    for (const m of [first, second]) {
      await t.app.inject({
        method: 'POST',
        url: '/api/messages/subscriptions',
        headers: m.headers,
        payload: { accepted: ['tmpl-booking'] },
      });
    }
    const grants = (memberId: number) =>
      t.db.query<{ remaining: number }>(`SELECT remaining FROM subscribe_grants WHERE member_id = $1`, [memberId]);
    standAt(MONDAY, '10:30');
    try {
      expect((await book(t.app, first.headers, room.id, at(MONDAY, '18:00'))).statusCode).toBe(201);
      const refused = await book(t.app, second.headers, room.id, at(MONDAY, '18:00'));
      expect(refused.statusCode).toBe(409);
    } finally {
      setClock(null);
    }
    const queued = await outbox(first.id);
    expect(queued.map((q) => q.data.thing1!.value)).toEqual(['预约成功：羽毛球场']);
    expect(await grants(first.id)).toEqual([{ remaining: 0 }]);
    expect(await outbox(second.id)).toEqual([]);
    expect(await grants(second.id)).toEqual([{ remaining: 1 }]);
  });

  it('refuses a template the server does not know', async () => {
    const m = await boundMember();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/messages/subscriptions',
      headers: m.headers,
      payload: { accepted: ['made-up'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('未配置的订阅消息模板：made-up');
  });
});

describe('the outbox sender', () => {
  // A database of its own: messages queued by the tests above must not reach these senders.
  let s: TestApp;
  let schoolId: number;
  beforeAll(async () => {
    s = await createTestApp({ config: { wechat: { apiBase: '', templates: TEMPLATES, miniprogramState: 'formal' } } });
    schoolId = (await createUnionTree(s.db)).schoolId;
  });
  afterAll(() => s.close());

  const outbox = (memberId: number) =>
    s.db.query<{ status: string; attempts: number }>(
      'SELECT status, attempts FROM subscribe_outbox WHERE member_id = $1 ORDER BY id',
      [memberId],
    );

  async function queuedMessage() {
    const m = await createMember(s.db, schoolId);
    await s.db.query('UPDATE members SET openid = $2 WHERE id = $1', [m.id, `openid-${m.id}`]);
    await s.db.query(
      `INSERT INTO subscribe_grants (member_id, template_id, remaining) VALUES ($1, 'tmpl-booking', 1)`,
      [m.id],
    );
    await notify(s.db, TEMPLATES, { memberId: m.id, kind: 'booking', title: '预约成功' });
    return m;
  }

  it('sends each queued message exactly once with two senders running side by side, and retries a failure', async () => {
    const fake = await startFakeWechat();
    const wechat = createWechatClient({
      apiBase: fake.baseUrl,
      appId: 'wx',
      appSecret: 's',
      miniprogramState: 'formal',
      db: s.db,
    });
    const members: { id: number }[] = [];
    for (let n = 0; n < 6; n += 1) members.push(await queuedMessage());
    fake.failNext({ status: 503 });
    const senders = [1, 2].map(() => createOutboxSender({ db: s.db, wechat, batchSize: 2, baseDelaySeconds: 0 }));
    for (let round = 0; round < 5; round += 1) await Promise.all(senders.map((s) => s.runOnce()));
    try {
      expect(fake.sent.map((m) => m.touser).sort()).toEqual(members.map((m) => `openid-${m.id}`).sort());
      const rows = (await Promise.all(members.map((m) => outbox(m.id)))).flat();
      expect(rows.map((r) => r.status)).toEqual(Array(6).fill('sent'));
      expect(rows.map((r) => r.attempts).sort()).toEqual([1, 1, 1, 1, 1, 2]);
      // Both senders may fetch the stable token on their first pass; after that the shared copy serves.
      expect(fake.tokenRequests()).toBeLessThanOrEqual(senders.length);
    } finally {
      await fake.close();
    }
  });

  it('gives up at once when WeChat says the member refused', async () => {
    const fake = await startFakeWechat();
    const wechat = createWechatClient({
      apiBase: fake.baseUrl,
      appId: 'wx',
      appSecret: 's',
      miniprogramState: 'formal',
      db: s.db,
    });
    const m = await queuedMessage();
    fake.failNext({ status: 200, errcode: 43101 });
    const sender = createOutboxSender({ db: s.db, wechat, baseDelaySeconds: 0 });
    await sender.runOnce();
    await sender.runOnce();
    await fake.close();
    expect((await outbox(m.id)).map((r) => [r.status, r.attempts])).toEqual([['failed', 1]]);
    expect(fake.sent).toEqual([]);
  });
});
