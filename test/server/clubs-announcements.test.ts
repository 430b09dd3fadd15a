import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testConfig } from '../../server/src/config';
import { createContentCheck } from '../../server/src/services/content-check';
import { clubsSuite, person } from './clubs-fixtures';

const { t, tree, c, staff, leader } = clubsSuite();

describe('clubs: announcements and the content check', () => {
  it('lets only the leader post an announcement, shown on the club page', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const member = await person(t.app, t.db, tree.schoolId);
    await c.join(member.headers, club.id);
    expect(
      (await c.call('POST', `/api/clubs/${club.id}/announcements`, member.headers, { body: '我来发' })).statusCode,
    ).toBe(403);
    expect(
      (await c.call('POST', `/api/clubs/${club.id}/announcements`, leader.headers, { body: '周三照常活动' }))
        .statusCode,
    ).toBe(204);
    const page = (await c.call('GET', `/api/clubs/${club.id}`, member.headers)).json();
    expect(page.announcements).toEqual([expect.objectContaining({ body: '周三照常活动', images: [] })]);
  });

  it('asks WeChat’s msgSecCheck outside dev mode and refuses risky text in Chinese', async () => {
    const asked: string[] = [];
    const server = http.createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        const { content } = JSON.parse(raw) as { content: string };
        asked.push(`${request.url} ${content}`);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errcode: 0, result: { suggest: content.includes('违规') ? 'risky' : 'pass' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = testConfig();
      const check = createContentCheck({
        authMode: 'cloudrun',
        wechat: { ...base.wechat, apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
      });
      await expect(check.text('周三照常活动')).resolves.toBeUndefined();
      await expect(check.text('违规内容')).rejects.toMatchObject({
        statusCode: 400,
        message: '内容含有不适宜公开的信息，请修改后再发布',
      });
      expect(asked).toEqual(['/wxa/msg_sec_check 周三照常活动', '/wxa/msg_sec_check 违规内容']);
      await expect(createContentCheck(testConfig()).text('违规内容')).resolves.toBeUndefined();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
