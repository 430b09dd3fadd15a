import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startApiServer } from './api-server';
import { ROOT, TEST_API_BASE } from './dist';
import { createWeChat } from './fake-wx';
import { onPage, shows, signInThroughTheApp, type WeChat } from './walk-helpers';

/**
 * The 微信云托管 build: TARO_APP_CLOUD_ENV and TARO_APP_CLOUD_SERVICE set, no API base. Every call
 * must go through wx.cloud.callContainer, the only way the platform adds X-WX-OPENID, which the
 * server (AUTH_MODE=cloudrun) signs members in with. wx.request on anything fails the walk.
 */
const CLOUD = { env: 'zhijia-test-env', service: 'zhijia-api' };
const CLOUD_DIST = path.resolve(ROOT, process.env.WEAPP_CLOUDRUN_DIST ?? 'dist-weapp-cloudrun');
const NO_DIRECT_REQUESTS = 'https://wx-request-is-not-used-on-cloud-run.invalid';

let server: Awaited<ReturnType<typeof startApiServer>>;
let w: WeChat;

beforeAll(async () => {
  // Like the browser tests' H5 build: made here unless CI already made it.
  if (!fs.existsSync(path.join(CLOUD_DIST, 'app.js'))) {
    const build = spawnSync('npm', ['run', 'build:weapp'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        TARO_OUTPUT_ROOT: CLOUD_DIST,
        TARO_APP_CLOUD_ENV: CLOUD.env,
        TARO_APP_CLOUD_SERVICE: CLOUD.service,
        TARO_APP_API_BASE: '',
        WEAPP_TEST_API_BASE: '',
      },
    });
    if (build.status !== 0) throw new Error('Cloud Run weapp build failed');
  }
  server = await startApiServer({
    port: Number(new URL(TEST_API_BASE).port),
    authMode: 'cloudrun',
    wechatApiBase: 'http://127.0.0.1:9',
  });
}, 900_000);
afterAll(() => server?.stop());

it('signs a member in through wx.cloud.callContainer, the platform vouching for the openid', async () => {
  w = createWeChat({
    dist: CLOUD_DIST,
    apiBase: NO_DIRECT_REQUESTS,
    loginCode: 'unused-on-cloud-run',
    cloud: { origin: server.origin, ...CLOUD, openid: 'o-cloudrun-zhanglihua' },
  });
  w.boot();
  w.launch('pages/home/index');
  await onPage(w, 'pages/login/index');
  await signInThroughTheApp(w, { name: '张丽华', staffNo: 'S1005' });
  await shows(w, '新城区实验小学工会');
  expect(w.text()).toContain('活动预约');

  expect(w.requests).toContain('cloud:/api/auth/wechat');
  expect(w.requests.filter((r) => !r.startsWith('cloud:/api/'))).toEqual([]);
  expect(w.failures).toEqual([]);
  expect(w.rendered()).toBeGreaterThan(0);
});

it('ships no server address: the Cloud Run build names none', () => {
  const common = fs.readFileSync(path.join(CLOUD_DIST, 'common.js'), 'utf8');
  expect(common).not.toMatch(/localhost|127\.0\.0\.1/);
  expect(common).toContain(CLOUD.env);
});
