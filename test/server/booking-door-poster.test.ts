import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSession } from '../../server/src/plugins/auth';
import { h5PageUrl, qrSvg } from '../../server/src/services/qr-poster';
import { createMember, createUnionTree } from '../support/factories';
import { createTestApp } from '../support/test-app';
import { bookingFileSuite, bookingHelpers, createRoom } from './booking-fixtures';

const { t, tree, staff } = bookingFileSuite({ staff: { roles: ['chair'] } });
const { member } = bookingHelpers(t, tree);

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
