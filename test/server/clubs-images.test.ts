import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createSession } from '../../server/src/plugins/auth';
import { createMember, createUnionTree } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { api, type Headers, type Person, person } from './clubs-fixtures';

// Photos go to a folder of this test run; WeChat's message push is signed with PUSH_TOKEN.
process.env.FILE_STORE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-club-images-'));
const PUSH_TOKEN = 'push-token-for-tests';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('a tiny picture'),
]);

function upload(t: TestApp, who: Headers, clubId: number, data: Buffer) {
  const boundary = '----club-test';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n`;
  return t.app.inject({
    method: 'POST',
    url: `/api/clubs/${clubId}/images`,
    headers: { ...who, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
}

/** The announcements' photos as the club page shows them to a member. */
const shownImages = async (t: TestApp, who: Headers, clubId: number) =>
  (await api(t.app).call('GET', `/api/clubs/${clubId}`, who))
    .json<{ announcements: { images: string[] }[] }>()
    .announcements.flatMap((a) => a.images);

describe('announcement photos in dev mode', () => {
  let t: TestApp;
  let staff: Person;
  let leader: Person;
  beforeAll(async () => {
    t = await createTestApp();
    const tree = await createUnionTree(t.db);
    staff = await person(t.app, t.db, tree.schoolId, ['staff']);
    leader = await person(t.app, t.db, tree.schoolId);
  });
  afterAll(() => t.close());

  it('lets the leader upload a photo, serves it without a login, and shows it in the announcement', async () => {
    const c = api(t.app);
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const uploaded = await upload(t, leader.headers, club.id, PNG);
    expect(uploaded.statusCode).toBe(201);
    const { url, status } = uploaded.json<{ url: string; status: string }>();
    expect(status).toBe('pass');
    const served = await t.app.inject({ method: 'GET', url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.rawPayload.equals(PNG)).toBe(true);

    expect(
      (await c.call('POST', `/api/clubs/${club.id}/announcements`, leader.headers, { body: '活动照片', images: [url] }))
        .statusCode,
    ).toBe(204);
    expect(await shownImages(t, staff.headers, club.id)).toEqual([url]);
  });

  it('refuses photos from elsewhere, uploads by non-leaders, and files that are not pictures', async () => {
    const c = api(t.app);
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const outside = await c.call('POST', `/api/clubs/${club.id}/announcements`, leader.headers, {
      body: '看图',
      images: ['https://img.example/1.jpg'],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().message).toBe('图片须是在本社团上传且未被拦截的图片，请重新选择');
    const otherClub = await c.createClub(staff.headers, [leader.id]);
    const { url } = (await upload(t, leader.headers, otherClub.id, PNG)).json<{ url: string }>();
    expect(
      (await c.call('POST', `/api/clubs/${club.id}/announcements`, leader.headers, { body: '看图', images: [url] }))
        .statusCode,
    ).toBe(400);

    expect((await upload(t, staff.headers, club.id, PNG)).statusCode).toBe(403);
    const text = await upload(t, leader.headers, club.id, Buffer.from('just some text'));
    expect(text.statusCode).toBe(400);
    expect(text.json().message).toBe('只能上传 JPG、PNG 或 WebP 图片');
  });
});

describe('announcement photos checked by WeChat (mediaCheckAsync)', () => {
  let t: TestApp;
  let wechat: http.Server;
  const asked: string[] = [];
  let staff: Headers;
  let leader: { id: number; headers: Headers };

  beforeAll(async () => {
    wechat = http.createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        const body = JSON.parse(raw || '{}') as { media_url?: string };
        response.writeHead(200, { 'content-type': 'application/json' });
        if (request.url?.startsWith('/wxa/media_check_async')) {
          asked.push(body.media_url ?? '');
          return response.end(JSON.stringify({ errcode: 0, trace_id: `trace-${asked.length}` }));
        }
        response.end(JSON.stringify({ errcode: 0, result: { suggest: 'pass' } }));
      });
    });
    await new Promise<void>((resolve) => wechat.listen(0, '127.0.0.1', resolve));
    const apiBase = `http://127.0.0.1:${(wechat.address() as AddressInfo).port}`;
    t = await createTestApp({
      config: {
        authMode: 'cloudrun',
        wechat: { apiBase, templates: {}, miniprogramState: 'formal', pushToken: PUSH_TOKEN },
      },
    });
    const tree = await createUnionTree(t.db);
    const headersOf = async (id: number) => ({ authorization: `Bearer ${(await createSession(t.db, id, 1)).token}` });
    const staffMember = await createMember(t.db, tree.schoolId, { roles: ['staff'] });
    staff = await headersOf(staffMember.id);
    const leaderMember = await createMember(t.db, tree.schoolId);
    leader = { id: leaderMember.id, headers: await headersOf(leaderMember.id) };
  });
  afterAll(async () => {
    await t.close();
    wechat.closeAllConnections();
    wechat.close();
  });

  const push = (trace: string, suggest: string, token = PUSH_TOKEN) => {
    const timestamp = '1700000000';
    const nonce = 'n0nce';
    const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
    return t.app.inject({
      method: 'POST',
      url: `/api/clubs/wechat-push?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`,
      payload: {
        MsgType: 'event',
        Event: 'wxa_media_check',
        trace_id: trace,
        version: 2,
        result: { suggest, label: suggest === 'pass' ? 100 : 20001 },
      },
    });
  };

  it('shows a photo only after WeChat passes it, and drops one WeChat rejects', async () => {
    const c = api(t.app);
    const club = await c.createClub(staff, [leader.id], { joinPolicy: 'open' });
    const first = (await upload(t, leader.headers, club.id, PNG)).json<{ url: string; status: string }>();
    const second = (await upload(t, leader.headers, club.id, PNG)).json<{ url: string; status: string }>();
    expect([first.status, second.status]).toEqual(['checking', 'checking']);
    expect(asked.map((u) => new URL(u).pathname)).toEqual([first.url, second.url]);

    expect(
      (
        await c.call('POST', `/api/clubs/${club.id}/announcements`, leader.headers, {
          body: '排练照片',
          images: [first.url, second.url],
        })
      ).statusCode,
    ).toBe(204);
    expect(await shownImages(t, staff, club.id)).toEqual([]);

    expect((await push('trace-1', 'pass', 'wrong-token')).statusCode).toBe(403);
    expect(await shownImages(t, staff, club.id)).toEqual([]);
    expect((await push('trace-1', 'pass')).body).toBe('success');
    expect((await push('trace-2', 'risky')).statusCode).toBe(200);
    expect(await shownImages(t, staff, club.id)).toEqual([first.url]);
    expect((await t.app.inject({ method: 'GET', url: second.url })).statusCode).toBe(404);
  });
});
