import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { createSession } from '../../server/src/plugins/auth';
import { setClock } from '../../server/src/clock';
import { addDays } from '../../server/src/time/beijing';
import { h5PageUrl, qrSvg } from '../../server/src/services/qr-poster';
import { createMember, createUnionTree } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { at, book, createRoom, EVERY_DAY, type Headers, memberWithHeaders, MONDAY, standAt } from './booking-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Headers;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnionTree(t.db);
  staff = (await memberWithHeaders(t.app, t.db, tree.schoolId, { roles: ['chair'] })).headers;
});
beforeEach(() => standAt(MONDAY, '10:30'));
afterAll(async () => {
  setClock(null);
  await t.close();
});

const member = () => memberWithHeaders(t.app, t.db, tree.schoolId);
const createRaw = (payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/booking/manage/rooms', headers: staff, payload });
const patch = (id: number, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/booking/manage/rooms/${id}`, headers: staff, payload });

describe('rooms and their rules', () => {
  it('creates a room with its rules and a QR code of letters and digits', async () => {
    const response = await createRaw({
      name: '羽毛球场',
      location: '体育馆一楼',
      mode: 'whole',
      capacity: 6,
      slotMinutes: 60,
      openingHours: [{ weekday: 5, opens: '16:30', closes: '20:30' }],
      windowDays: 7,
      releaseTime: '08:00',
      quotaPerWeek: 1,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: '羽毛球场',
      mode: 'whole',
      releaseTime: '08:00',
      quotaPerWeek: 1,
      quotaPerDay: null,
      cancelCutoffMinutes: 60,
      checkInBeforeMinutes: 15,
      checkInAfterMinutes: 15,
      active: true,
      openingHours: [{ weekday: 5, opens: '16:30', closes: '20:30' }],
    });
    expect(response.json().code).toMatch(/^[A-Z0-9]{10}$/);
  });

  it.each([
    [
      {
        openingHours: [
          { weekday: 1, opens: '09:00', closes: '12:00' },
          { weekday: 1, opens: '11:00', closes: '13:00' },
        ],
      },
      '开放时间 周一 11:00–13:00 与同日其他时间重叠',
    ],
    [
      { openingHours: [{ weekday: 2, opens: '09:00', closes: '09:30' }] },
      '开放时间 周二 09:00–09:30 不足一个时段（60 分钟）',
    ],
    [{ slotMinutes: 10 }, '时段长度（分钟）不能小于 15'],
    [{ openingHours: [{ weekday: 8, opens: '09:00', closes: '12:00' }] }, '星期不能大于 7'],
    [{ openingHours: [{ weekday: 1, opens: '9:00', closes: '12:00' }] }, '开放时间格式不正确'],
    [{ mode: 'hall' }, '预约方式的取值无效'],
  ])('refuses invalid rules with a message naming the field: %j', async (overrides, message) => {
    const response = await createRaw({
      name: '测试室',
      mode: 'seats',
      capacity: 4,
      slotMinutes: 60,
      openingHours: EVERY_DAY,
      ...overrides,
    });
    expect([response.statusCode, response.json().message]).toEqual([400, message]);
  });

  it('follows a new capacity in slots already partly booked, never below what is booked', async () => {
    const room = await createRoom(t.app, staff, { capacity: 4 });
    for (let i = 0; i < 3; i += 1) await book(t.app, (await member()).headers, room.id, at(MONDAY, '18:00'));
    expect((await patch(room.id, { capacity: 2 })).json().capacity).toBe(2);
    expect((await book(t.app, (await member()).headers, room.id, at(MONDAY, '18:00'))).json().message).toBe(
      '该时段已约满',
    );
    expect((await book(t.app, (await member()).headers, room.id, at(MONDAY, '19:00'))).statusCode).toBe(201);
    await patch(room.id, { capacity: 5 });
    expect((await book(t.app, (await member()).headers, room.id, at(MONDAY, '18:00'))).statusCode).toBe(201);
    const [slot] = await t.db.query<{ capacity: number; booked: number }>(
      'SELECT capacity, booked FROM booking_slots WHERE room_id = $1 AND starts_at = $2',
      [room.id, at(MONDAY, '18:00')],
    );
    expect(slot).toEqual({ capacity: 5, booked: 4 });
  });

  it('archives a room: hidden from members, its upcoming bookings cancelled and the members told', async () => {
    const room = await createRoom(t.app, staff, { name: '心理减压室', mode: 'whole', capacity: 2 });
    const m = await member();
    const booking = (await book(t.app, m.headers, room.id, at(addDays(MONDAY, 1), '15:00'))).json();
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/booking/manage/rooms/${room.id}`,
      headers: staff,
    });
    expect(response.json()).toEqual({ cancelledBookings: 1 });
    const [row] = await t.db.query<{ status: string }>('SELECT status FROM bookings WHERE id = $1', [booking.id]);
    expect(row!.status).toBe('cancelled');
    const listed = (await t.app.inject({ method: 'GET', url: '/api/booking/rooms', headers: m.headers })).json();
    expect(listed.items.map((r: { id: number }) => r.id)).not.toContain(room.id);
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 2), '15:00'))).statusCode).toBe(404);
    const grid = await t.app.inject({
      method: 'GET',
      url: `/api/booking/rooms/${room.id}/availability`,
      headers: m.headers,
    });
    expect(grid.statusCode).toBe(404);
    expect(grid.json().message).toBe('场地不存在或已停用');
    const managed = (await t.app.inject({ method: 'GET', url: '/api/booking/manage/rooms', headers: staff })).json();
    expect(managed.items.find((r: { id: number }) => r.id === room.id)).toMatchObject({ active: false });
    expect((await patch(room.id, { active: true })).json().active).toBe(true);
  });
});

describe('staff views', () => {
  it('shows the day of every room with each booking and its check-in state', async () => {
    const room = await createRoom(t.app, staff, { name: '健身房', capacity: 10 });
    const [a, b] = [await member(), await member()];
    await book(t.app, a.headers, room.id, at(MONDAY, '18:00'));
    await book(t.app, b.headers, room.id, at(MONDAY, '18:00'));
    standAt(MONDAY, '17:50');
    await t.app.inject({
      method: 'POST',
      url: '/api/booking/check-in',
      headers: a.headers,
      payload: { scene: room.code },
    });

    const day = (
      await t.app.inject({ method: 'GET', url: `/api/booking/manage/day?date=${MONDAY}`, headers: staff })
    ).json();
    const slot = day.rooms
      .find((r: { id: number }) => r.id === room.id)
      .slots.find((s: { start: string }) => s.start === '18:00');
    expect(slot).toMatchObject({ capacity: 10, booked: 2 });
    expect(slot.bookings.map((x: { member: { id: number }; status: string }) => [x.member.id, x.status])).toEqual([
      [a.id, 'checked_in'],
      [b.id, 'confirmed'],
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/booking/manage/day', headers: a.headers })).statusCode).toBe(
      403,
    );
  });

  it('reports a month: bookings, check-in and no-show rates, busiest hours, and the same as XLSX', async () => {
    const room = await createRoom(t.app, staff, { name: '乒乓球室（月报）', capacity: 4 });
    const month = '2030-04';
    const day = '2030-04-02';
    standAt('2030-04-01', '09:00');
    const ms = [await member(), await member(), await member(), await member()];
    const ids = [];
    for (const m of ms) ids.push((await book(t.app, m.headers, room.id, at(day, '18:00'))).json().id);
    await book(t.app, ms[0]!.headers, room.id, at(day, '09:00'));
    await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${ids[3]}/cancel`,
      headers: ms[3]!.headers,
      payload: {},
    });
    await t.db.query(`UPDATE bookings SET status = 'checked_in', checked_in_at = $2 WHERE id = ANY($1)`, [
      [ids[0], ids[1]],
      at(day, '18:00'),
    ]);
    await t.db.query(`UPDATE bookings SET status = 'no_show' WHERE id = $1`, [ids[2]]);

    const usage = (
      await t.app.inject({ method: 'GET', url: `/api/booking/manage/usage?month=${month}`, headers: staff })
    ).json();
    const row = usage.rooms.find((r: { roomId: number }) => r.roomId === room.id);
    expect(row).toEqual({
      roomId: room.id,
      roomName: '乒乓球室（月报）',
      bookings: 4,
      checkedIn: 2,
      noShows: 1,
      cancelled: 1,
      checkInRate: 0.667,
      noShowRate: 0.333,
    });
    expect(usage.busiestHours).toEqual([
      { hour: 18, bookings: 3 },
      { hour: 9, bookings: 1 },
    ]);

    const file = await t.app.inject({
      method: 'GET',
      url: `/api/booking/manage/usage/export?month=${month}`,
      headers: staff,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('按场地')!;
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(String(rows[0]![0])).toContain('2030年4月 活动中心使用情况');
    expect(rows[1]).toEqual(['场地', '预约数', '已签到', '未到场', '已取消', '签到率', '爽约率']);
    expect(rows.find((r) => r[0] === '乒乓球室（月报）')).toEqual(['乒乓球室（月报）', 4, 2, 1, 1, '66.7%', '33.3%']);
    expect(rows.at(-1)![0]).toBe('合计');
    const bad = await t.app.inject({ method: 'GET', url: '/api/booking/manage/usage?month=2030-13', headers: staff });
    expect([bad.statusCode, bad.json().message]).toEqual([400, '月份格式不正确']);
  });
});

describe('the door poster', () => {
  it('in dev and H5 is a plain QR of the H5 check-in page with the room’s code as scene', async () => {
    const room = await createRoom(t.app, staff, { name: '职工书屋' });
    const url = h5PageUrl('http://localhost:80', 'packages/booking/pages/check-in/index', room.code);
    expect(url).toBe(`http://localhost:80/#/packages/booking/pages/check-in/index?scene=${room.code}`);
    const svg = await t.app.inject({
      method: 'GET',
      url: `/api/booking/manage/rooms/${room.id}/poster?format=svg`,
      headers: staff,
    });
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.body).toContain('职工书屋 · 扫码签到');
    // The poster draws exactly the QR of that URL.
    const paths = (await qrSvg(url)).match(/<path[^>]*>/g)!;
    for (const path of paths) expect(svg.body).toContain(path);

    const png = await t.app.inject({
      method: 'GET',
      url: `/api/booking/manage/rooms/${room.id}/poster`,
      headers: staff,
    });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/booking/manage/rooms/${room.id}/poster`,
          headers: (await member()).headers,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('in production is the mini-program code WeChat returns for the check-in page and scene', async () => {
    const requests: { url: string; body: Record<string, unknown> }[] = [];
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    let failNext = false;
    const fake = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        if (req.url?.startsWith('/cgi-bin/stable_token')) {
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ access_token: 'TOKEN', expires_in: 7200 }));
        }
        requests.push({ url: req.url ?? '', body: JSON.parse(raw) as Record<string, unknown> });
        if (failNext) {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          return res.end(JSON.stringify({ errcode: 41030, errmsg: 'invalid page' }));
        }
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.end(jpeg);
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const wechat = {
      apiBase: `http://127.0.0.1:${(fake.address() as AddressInfo).port}`,
      appId: 'wx1',
      appSecret: 's',
      templates: {},
      miniprogramState: 'trial',
    };
    // Outside dev sign-in the counselling routes insist on a notes key; any will do for this app.
    const savedKey = process.env.COUNSELLING_NOTES_KEY;
    process.env.COUNSELLING_NOTES_KEY ??= randomBytes(32).toString('base64');
    const prod = await createTestApp({ config: { authMode: 'wechat', wechat } });
    try {
      const ptree = await createUnionTree(prod.db);
      const officer = await createMember(prod.db, ptree.schoolId, { roles: ['staff'] });
      const headers = { authorization: `Bearer ${(await createSession(prod.db, officer.id, 1)).token}` };
      const room = await createRoom(prod.app, headers);

      const response = await prod.app.inject({
        method: 'GET',
        url: `/api/booking/manage/rooms/${room.id}/poster`,
        headers,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('image/jpeg');
      expect(response.rawPayload.equals(jpeg)).toBe(true);
      const poster = await prod.app.inject({
        method: 'GET',
        url: `/api/booking/manage/rooms/${room.id}/poster?format=svg`,
        headers,
      });
      expect(poster.body).toContain(`href="data:image/jpeg;base64,${jpeg.toString('base64')}"`);
      expect(requests[0]).toEqual({
        url: '/wxa/getwxacodeunlimit?access_token=TOKEN',
        body: {
          scene: room.code,
          page: 'packages/booking/pages/check-in/index',
          check_path: false,
          env_version: 'trial',
          width: 430,
        },
      });

      failNext = true;
      const failed = await prod.app.inject({
        method: 'GET',
        url: `/api/booking/manage/rooms/${room.id}/poster`,
        headers,
      });
      expect([failed.statusCode, failed.json().message]).toEqual([502, '暂时无法从微信获取小程序码，请稍后再试']);
    } finally {
      await prod.close();
      await new Promise<void>((resolve) => fake.close(() => resolve()));
      if (savedKey === undefined) delete process.env.COUNSELLING_NOTES_KEY;
    }
  });
});

describe('the API document', () => {
  it('lists every booking operation under 活动预约 with the agreed operationIds', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(
      doc.paths as Record<string, Record<string, { operationId: string; tags: string[] }>>,
    )
      .filter(([path]) => path.startsWith('/api/booking'))
      .flatMap(([, methods]) => Object.values(methods));
    expect(operations.every((op) => op.tags.includes('活动预约'))).toBe(true);
    expect(operations.map((op) => op.operationId)).toEqual(
      expect.arrayContaining([
        'listRooms',
        'getRoomAvailability',
        'createBooking',
        'cancelBooking',
        'listMyBookings',
        'checkIn',
      ]),
    );
  });
});
