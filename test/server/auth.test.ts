import { createWechatClient } from '../../server/src/services/wechat';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { startFakeWechat } from '../support/fake-wechat';
import { createTestApp, type TestApp } from '../support/test-app';

type Fake = Awaited<ReturnType<typeof startFakeWechat>>;

async function wechatApp(fake: Fake, authMode: 'wechat' | 'cloudrun' = 'wechat'): Promise<TestApp> {
  const wechatConfig = {
    apiBase: fake.baseUrl,
    appId: 'wx-test',
    appSecret: 'secret',
    templates: {},
    miniprogramState: 'formal',
  };
  return createTestApp({
    config: { authMode, wechat: wechatConfig },
    wechat: (db) => createWechatClient({ ...wechatConfig, db }),
  });
}

describe('dev sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in by staff number and returns the member with union, 分工会 and roles', async () => {
    const tree = await createUnionTree(t.db);
    const chair = await createMember(t.db, tree.schoolId, {
      name: '王主席',
      branchId: tree.branchIds[0],
      roles: ['chair'],
    });
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: await signIn(t.app, chair) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      id: chair.id,
      name: '王主席',
      union: { id: tree.schoolId, kind: 'school' },
      branch: { id: tree.branchIds[0], name: '语文组分工会' },
      roles: [{ role: 'chair', unionId: tree.schoolId }],
    });
  });

  it('stores only a hash of the session token', async () => {
    const tree = await createUnionTree(t.db);
    const member = await createMember(t.db, tree.schoolId);
    const token = (await signIn(t.app, member)).authorization.slice('Bearer '.length);
    const rows = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions WHERE member_id = $1', [
      member.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toContain(token);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses requests without a token, with an expired session, or after logout', async () => {
    const tree = await createUnionTree(t.db);
    const member = await createMember(t.db, tree.schoolId);
    expect((await t.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);

    const headers = await signIn(t.app, member);
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE member_id = $1`, [member.id]);
    const expired = await t.app.inject({ method: 'GET', url: '/api/me', headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().message).toBe('登录已过期，请重新登录');

    const fresh = await signIn(t.app, member);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: fresh })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: fresh })).statusCode).toBe(401);
  });

  it('shuts out a member who has left the union, even with a live session', async () => {
    const tree = await createUnionTree(t.db);
    const member = await createMember(t.db, tree.schoolId);
    const headers = await signIn(t.app, member);
    await t.db.query(`UPDATE members SET status = 'left' WHERE id = $1`, [member.id]);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(401);
  });
});

describe('WeChat sign-in and binding', () => {
  let fake: Fake;
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof createUnionTree>>;
  beforeAll(async () => {
    fake = await startFakeWechat();
    t = await wechatApp(fake);
    tree = await createUnionTree(t.db);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const login = (code: string) => t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } });
  const bind = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/bind', payload });

  it('has no dev-login route outside dev mode', async () => {
    const member = await createMember(t.db, tree.schoolId);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      payload: { staffNo: member.staffNo },
    });
    expect(response.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/dev-accounts' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/config' })).json()).toMatchObject({ mode: 'wechat' });
  });

  it('names the one top-level union on the sign-in page, and none when there are several', async () => {
    const [district] = await t.db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [tree.districtId]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/config' })).json()).toEqual({
      mode: 'wechat',
      unionName: district!.name,
    });
    await createUnionTree(t.db);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/config' })).json()).toEqual({ mode: 'wechat' });
  });

  it('gives an unbound WeChat user a ticket, binds it to the roster, then signs in directly', async () => {
    const member = await createMember(t.db, tree.schoolId, { name: '李老师' });
    const first = await login('alpha');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'unbound', ticket: expect.any(String) });
    expect(first.body).not.toContain('SESSION-KEY');

    const bound = await bind({
      ticket: first.json().ticket,
      name: '李老师',
      staffNo: member.staffNo,
      phoneLast4: member.phone.slice(-4),
    });
    expect(bound.statusCode).toBe(200);
    expect(bound.json().member).toMatchObject({ id: member.id, name: '李老师' });
    const [row] = await t.db.query<{ openid: string }>('SELECT openid FROM members WHERE id = $1', [member.id]);
    expect(row!.openid).toBe('openid-alpha');

    const again = await login('alpha');
    expect(again.json()).toMatchObject({ status: 'bound', token: expect.any(String) });
    expect(again.body).not.toContain('SESSION-KEY');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${again.json().token}` },
    });
    expect(me.json().id).toBe(member.id);
  });

  it('answers a refused WeChat code with a 401 in Chinese', async () => {
    const response = await login('bad-code');
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe('微信登录失败，请重新进入小程序再试');
  });

  it('counts down failed binds and locks the WeChat user out after five within an hour', async () => {
    const member = await createMember(t.db, tree.schoolId, { name: '赵老师' });
    const { ticket } = (await login('beta')).json();
    const wrong = { ticket, name: '赵老师', staffNo: member.staffNo, phoneLast4: '0000' };
    const messages: string[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await bind(wrong);
      expect(response.statusCode).toBe(400);
      messages.push(response.json().message);
    }
    expect(messages[0]).toBe('姓名、工号或手机号后四位与花名册不符，还可尝试 4 次');
    const right = await bind({ ...wrong, phoneLast4: member.phone.slice(-4) });
    expect(right.statusCode).toBe(429);
    expect(right.json().message).toBe('绑定失败次数过多，请一小时后再试');
    const [row] = await t.db.query<{ openid: string | null }>('SELECT openid FROM members WHERE id = $1', [member.id]);
    expect(row!.openid).toBeNull();
  });

  it('holds the limit when many wrong binds arrive at once', async () => {
    const member = await createMember(t.db, tree.schoolId, { name: '钱老师' });
    const { ticket } = (await login('gamma')).json();
    const attempts = Array.from({ length: 8 }, () =>
      bind({ ticket, name: '钱老师', staffNo: member.staffNo, phoneLast4: '0000' }),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429, 429]);
  });

  it('refuses a roster entry already bound to another WeChat user', async () => {
    const member = await createMember(t.db, tree.schoolId, { name: '孙老师' });
    const answers = { name: '孙老师', staffNo: member.staffNo, phoneLast4: member.phone.slice(-4) };
    expect((await bind({ ticket: (await login('delta')).json().ticket, ...answers })).statusCode).toBe(200);
    const second = await bind({ ticket: (await login('epsilon')).json().ticket, ...answers });
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toBe('该工号已绑定其他微信号，如需更换请联系工会干事');
  });

  it('refuses a forged or expired ticket', async () => {
    const member = await createMember(t.db, tree.schoolId);
    const response = await bind({
      ticket: 'made-up',
      name: member.name,
      staffNo: member.staffNo,
      phoneLast4: member.phone.slice(-4),
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe('绑定已超时，请返回重新登录');
  });

  it('ignores the X-WX-OPENID header outside Cloud Run mode', async () => {
    const member = await createMember(t.db, tree.schoolId);
    await t.db.query(`UPDATE members SET openid = 'openid-trusted' WHERE id = $1`, [member.id]);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/wechat',
      headers: { 'x-wx-openid': 'openid-trusted' },
      payload: {},
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('缺少必填项：登录凭证 code');
  });
});

describe('Cloud Run sign-in', () => {
  it('takes the identity from the X-WX-OPENID header the platform sets', async () => {
    const fake = await startFakeWechat();
    const t = await wechatApp(fake, 'cloudrun');
    try {
      const tree = await createUnionTree(t.db);
      const member = await createMember(t.db, tree.schoolId);
      await t.db.query(`UPDATE members SET openid = 'openid-cloud' WHERE id = $1`, [member.id]);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/wechat',
        headers: { 'x-wx-openid': 'openid-cloud' },
        payload: {},
      });
      expect(response.json()).toMatchObject({ status: 'bound', member: { id: member.id } });
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: {} })).statusCode).toBe(401);
    } finally {
      await t.close();
      await fake.close();
    }
  });
});
