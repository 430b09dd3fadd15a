import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import { openPostgres } from '../../server/src/db/postgres';
import { createLoggingWechatClient } from '../../server/src/services/wechat';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { startPostgres } from '../support/postgres-server';
import { postgresUrl } from '../support/test-database';

// Only in `npm run test:pg`: this file restarts a PostgreSQL server of its own, so the suite's
// shared server is never disturbed.
const onPostgres = postgresUrl() ? describe : describe.skip;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

onPostgres('PostgreSQL restarted under load', () => {
  it('answers 503 in Chinese while it is away, reconnects by itself, and keeps every acknowledged write', async () => {
    const server = await startPostgres({ maxConnections: 50 });
    const db = openPostgres(server.url, 10);
    try {
      // Migrated by the project's own script in a child process (postgrator is ESM-only under jest).
      execFileSync(process.execPath, ['--import', 'tsx', 'server/scripts/migrate.ts'], {
        cwd: path.resolve(__dirname, '../..'),
        env: { ...process.env, DATABASE_URL: server.url, NODE_OPTIONS: '' },
      });
      const app = await buildApp({
        db,
        config: testConfig({ logLevel: process.env.RESTART_LOG ?? 'silent' }),
        wechat: createLoggingWechatClient(() => undefined),
      });
      await app.ready();
      const tree = await createUnionTree(db);
      const staff = await signIn(app, await createMember(db, tree.schoolId, { roles: ['staff'] }));

      const acknowledged: string[] = [];
      const statuses = new Map<number, number>();
      const refusals: { status: number; message: string }[] = [];
      let sent = 0;
      let running = true;
      const worker = async () => {
        while (running) {
          const title = `公告${(sent += 1)}`;
          const response = await app.inject({
            method: 'POST',
            url: '/api/notices',
            headers: staff,
            payload: { category: 'news', title, body: '正文' },
          });
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          if (response.statusCode === 201) acknowledged.push(title);
          else refusals.push({ status: response.statusCode, message: response.json().message });
          if (response.statusCode !== 201) await sleep(50);
        }
      };
      const workers = Array.from({ length: 8 }, worker);
      await sleep(1000);
      await server.restart();
      const back = Date.now();
      // Back within seconds: a fresh request succeeds without restarting the API.
      let recovered = false;
      while (!recovered && Date.now() - back < 10_000) {
        recovered = (await app.inject({ method: 'GET', url: '/api/notices', headers: staff })).statusCode === 200;
        if (!recovered) await sleep(200);
      }
      await sleep(500);
      running = false;
      await Promise.all(workers);

      expect(recovered).toBe(true);
      expect(statuses.get(500) ?? 0).toBe(0);
      expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
      for (const refusal of refusals)
        expect(refusal).toEqual({ status: 503, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
      const stored = new Set((await db.query<{ title: string }>(`SELECT title FROM notices`)).map((row) => row.title));
      expect(acknowledged.filter((title) => !stored.has(title))).toEqual([]);
      expect(acknowledged.length).toBeGreaterThan(10);
      await app.close();
    } finally {
      await db.close();
      server.stop();
    }
  }, 120_000);
});
