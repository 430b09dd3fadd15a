import { Writable } from 'node:stream';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

const lines: { level: number; msg: string; reqId?: string }[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { logLevel: 'info' }, logStream });
});
afterAll(() => t.close());

describe('the request log', () => {
  it('writes one line for each answer, with method, path, status and time, and no query string', async () => {
    const tree = await createUnionTree(t.db);
    const chair = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['chair'], name: '王秀英' }));
    lines.length = 0;
    const search = await t.app.inject({
      method: 'GET',
      url: `/api/admin/members?limit=5&q=${encodeURIComponent('王秀英')}`,
      headers: chair,
    });
    expect(search.statusCode).toBe(200);
    const missing = await t.app.inject({ method: 'GET', url: '/api/booking/rooms/999999', headers: chair });
    expect(missing.statusCode).toBe(404);

    expect(lines.map((l) => l.msg.replace(/ [\d.]+ ms$/, ' … ms'))).toEqual([
      'GET /api/admin/members 200 … ms',
      'GET /api/booking/rooms/999999 404 … ms',
    ]);
    expect(lines.every((l) => l.level === 30 && l.reqId)).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('王秀英');
  });
});
