import { createWechatClient } from '../../server/src/services/wechat';
import { createMember, createUnionTree } from '../support/factories';
import { startFakeWechat } from '../support/fake-wechat';
import { createTestApp, type TestApp } from '../support/test-app';

// In WeChat mode, as members really sign in: bind once, then WeChat login alone.
let fake: Awaited<ReturnType<typeof startFakeWechat>>;
let t: TestApp;
beforeAll(async () => {
  fake = await startFakeWechat();
  const wechat = {
    apiBase: fake.baseUrl,
    appId: 'wx-test',
    appSecret: 'secret',
    templates: {},
    miniprogramState: 'formal',
  };
  t = await createTestApp({
    config: { authMode: 'wechat', wechat },
    wechat: (db) => createWechatClient({ ...wechat, db }),
  });
});
afterAll(async () => {
  await t.close();
  await fake.close();
});

const login = (code: string) => t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } });
const bind = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/bind', payload });

describe('after erasing the account', () => {
  it('the member can no longer sign in: WeChat no longer knows them and the roster answers no longer match', async () => {
    const tree = await createUnionTree(t.db);
    const member = await createMember(t.db, tree.schoolId, { name: '上官云' });
    const answers = { name: '上官云', staffNo: member.staffNo, phoneLast4: member.phone.slice(-4) };
    const bound = await bind({ ...answers, ticket: (await login('erase-me')).json().ticket });
    expect(bound.statusCode).toBe(200);
    const headers = { authorization: `Bearer ${bound.json().token}` };
    expect((await login('erase-me')).json().status).toBe('bound');

    const erased = await t.app.inject({
      method: 'DELETE',
      url: '/api/me/privacy/account',
      headers,
      payload: { confirm: true },
    });
    expect(erased.statusCode).toBe(200);

    const again = await login('erase-me');
    expect(again.json().status).toBe('unbound');
    const refused = await bind({ ...answers, ticket: again.json().ticket });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('与花名册不符');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(401);
  });
});
