import { startFakeWechat } from '../support/fake-wechat';
import { startApiServer } from './api-server';
import { DIST, TEST_API_BASE } from './dist';
import { testNow } from '../support/test-clock';
import { createWeChat, findAll, textOf } from './fake-wx';
import { apiClient, onPage, shows, signInThroughTheApp, until, type WeChat } from './walk-helpers';
import { nextQuarterSlot, receptionToday } from './walk-today';

/**
 * dist/app.js booted in Node with a test-made WeChat, against the real API (AUTH_MODE=wechat, the
 * fake code2Session of the server tests), walked as a member and as the chair would.
 */

let fakeWechat: Awaited<ReturnType<typeof startFakeWechat>>;
let server: Awaited<ReturnType<typeof startApiServer>>;
let client: ReturnType<typeof apiClient>;
let w: WeChat;

beforeAll(async () => {
  fakeWechat = await startFakeWechat();
  server = await startApiServer({
    port: Number(new URL(TEST_API_BASE).port),
    authMode: 'wechat',
    wechatApiBase: fakeWechat.baseUrl,
  });
  client = apiClient(server.origin);
});
afterAll(async () => {
  await server?.stop();
  await fakeWechat?.close();
});

// Every step ends clean: nothing threw in a lifecycle, no unknown wx API, no request elsewhere,
// and the page it ends on is not blank.
afterEach(() => {
  expect(w.failures).toEqual([]);
  expect(w.rendered()).toBeGreaterThan(0);
});

/**
 * A room open round the clock in 15-minute slots, bookable today and tomorrow, so the next slot is
 * always free, even at 23:58 (it is then tomorrow's first). Made by 李秀梅 (staff).
 */
async function roundTheClockRoom() {
  const staff = await client.signIn('staff-lixiumei', '李秀梅', 'S1002');
  const openingHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  return client.api<{ id: number; code: string; name: string }>('POST', '/api/booking/manage/rooms', staff, {
    name: '教工活动室',
    location: '行政楼一楼 101',
    mode: 'seats',
    capacity: 10,
    slotMinutes: 15,
    openingHours,
    windowDays: 1,
  });
}

describe('the weapp build as a member walks it', () => {
  it('signs in and binds, then 首页 shows the union and the services', async () => {
    w = createWeChat({ dist: DIST, apiBase: TEST_API_BASE, loginCode: 'member-zhanglihua' });
    w.boot();
    w.launch('pages/home/index');
    await onPage(w, 'pages/login/index');
    await signInThroughTheApp(w, { name: '张丽华', staffNo: 'S1005' });
    await shows(w, '新城区实验小学工会');
    for (const service of ['活动预约', '心理咨询', '困难帮扶', '主席接待日']) expect(w.text()).toContain(service);
    expect(w.requests.every((url) => url.startsWith(`${TEST_API_BASE}/api/`))).toBe(true);
  });

  it('books a slot on a room page (a subpackage), sees it in 我的预约 and checks in from the door code', async () => {
    const room = await roundTheClockRoom();
    // The next slot to start, so that its check-in (open from 15 minutes before) is open right after.
    const slot = nextQuarterSlot();
    w.go('navigateTo', `/packages/booking/pages/room/index?id=${room.id}&date=${slot.date}`);
    await shows(w, '教工活动室');
    await until(w, () => /个时段可约/.test(w.text()), 'free slots');
    w.tap(freeCellAt(w, slot.hhmm));
    await shows(w, '确认预约');
    w.tap('确认预约');
    await shows(w, `${room.name} · `);
    expect(w.text()).toContain('预约成功');

    w.go('navigateTo', '/packages/booking/pages/mine/index');
    await onPage(w, 'packages/booking/pages/mine/index');
    await shows(w, '教工活动室');
    expect(w.text()).toContain('已确认');

    // A mini-program code opens the page with the scene URL-encoded in options.scene.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, slot.opensAt - testNow())));
    w.launch(`packages/booking/pages/check-in/index?scene=${encodeURIComponent(room.code)}`);
    await shows(w, '签到成功');
    expect(w.text()).toContain('教工活动室');
  });

  it('心理咨询 first shows the consent page', async () => {
    w.go('navigateTo', '/packages/counselling/pages/index/index');
    await shows(w, '阅读知情同意书，开始预约');
    w.tap('阅读知情同意书，开始预约');
    await onPage(w, 'packages/counselling/pages/consent/index');
    await shows(w, '同意');
  });

  it('消息 shows the unread count on its tab', async () => {
    w.go('switchTab', '/pages/messages/index');
    await until(w, () => w.badges.has(1), 'the 消息 tab badge');
    expect(Number(w.badges.get(1))).toBeGreaterThan(0);
  });

  it('asks before restarting into a new version, and restarts on yes', async () => {
    expect(w.update.ready).toBeDefined();
    w.update.ready!();
    await until(w, () => w.update.applied, 'the update to be applied');
    expect(w.modals.map((m) => m.content)).toContain('新版本已准备好，是否重启？');
  });
});

describe('the weapp build as the chair walks it', () => {
  it('接待工作台 shows today’s appointments', async () => {
    // A second phone: a fresh load of the build, as on another member's WeChat.
    jest.resetModules();
    w = createWeChat({ dist: DIST, apiBase: TEST_API_BASE, loginCode: 'chair-wangjianguo' });
    w.boot();
    w.launch('pages/login/index');
    await signInThroughTheApp(w, { name: '王建国', staffNo: 'S1001' });
    const [chair, member] = await Promise.all([
      client.signIn('chair-wangjianguo', '王建国', 'S1001'),
      client.signIn('member-zhanglihua', '张丽华', 'S1005'),
    ]);
    // Whatever the hour, the desk lists the visit the API has for today: its slot, then who.
    const visit = await receptionToday(client, chair, member);
    w.go('navigateTo', '/packages/reception/pages/desk/index');
    await shows(w, '今日接待');
    await shows(w, `${visit.slot} ${visit.member.name}`);
  });

  it('saving a room’s door code after refusing the album explains why and offers the settings', async () => {
    w.permissions.refused.add('scope.writePhotosAlbum');
    w.go('navigateTo', '/packages/booking/pages/rooms/index');
    await shows(w, '签到码');
    w.tap('签到码');
    await onPage(w, 'packages/booking/pages/poster/index');
    await shows(w, '保存到相册');
    w.tap('保存到相册');
    await until(w, () => w.permissions.settingsOpened === 1, 'WeChat’s settings to open');
    expect(w.modals.at(-1)).toMatchObject({ title: '未能保存到相册' });
    expect(w.modals.at(-1)?.content).toContain('设置');
    expect(w.toasts).not.toContain('请求失败，请稍后再试');
  });
});

/** The free cell of the slot starting at `hhmm` on the room page's date. */
function freeCellAt(w: WeChat, hhmm: string): Record<string, unknown> {
  const [cell] = findAll(
    w.current().data.root,
    (e) => /^bk-slot /.test(String(e.cl)) && textOf(e).startsWith(`${hhmm}–`) && /可约|余 ?\d/.test(textOf(e)),
  );
  if (!cell) throw new Error(`no free slot at ${hhmm} on the room page:\n${w.text()}`);
  return cell;
}
