/**
 * npm run bench:rush — the same rush on PGlite and on PostgreSQL in one run: signed-in members
 * read the notice list with 32 and then 128 requests in flight for a fixed time each. Prints
 * requests/s, p50/p99, 503s (系统繁忙) and requests left without an answer after 30 s; then, per engine,
 * whether every request was answered and the p99 at 128 in flight against the p99 at 32.
 * The load runs in this process too, so compare the two engines with each other, not with pgbench.
 */
import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import type { Db } from '../../server/src/db';
import { migrate } from '../../server/src/db/migrate';
import { openPglite } from '../../server/src/db/pglite';
import { openPostgres } from '../../server/src/db/postgres';
import { createLoggingWechatClient } from '../../server/src/services/wechat';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { startPostgres } from '../support/postgres-server';
import { loadAverage } from './print';

const SECONDS = Number(process.env.RUSH_SECONDS ?? 10);

async function rush(base: string, headers: Record<string, string>[], inFlight: number) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let unanswered = 0;
  const until = Date.now() + SECONDS * 1000;
  const worker = async (n: number) => {
    while (Date.now() < until) {
      const started = Date.now();
      try {
        const response = await fetch(`${base}/api/notices`, {
          headers: headers[n % headers.length],
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      } catch {
        unanswered += 1;
      }
      latencies.push(Date.now() - started);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, (_, n) => worker(n)));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    perSecond: Math.round(latencies.length / SECONDS),
    p50: at(0.5),
    p99: at(0.99),
    busy: statuses.get(503) ?? 0,
    unanswered,
  };
}

async function measure(name: string, db: Db) {
  await migrate(db);
  const app: FastifyInstance = await buildApp({
    db,
    config: { ...testConfig(), admission: { concurrency: 4, maxWaitMs: 3000 } },
    wechat: createLoggingWechatClient(() => undefined),
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const tree = await createUnionTree(db);
  const headers = [];
  for (let i = 0; i < 20; i++) headers.push(await signIn(app, await createMember(db, tree.schoolId)));
  const rows = [];
  for (const inFlight of [32, 128]) rows.push({ engine: name, inFlight, ...(await rush(address, headers, inFlight)) });
  await app.close();
  await db.close();
  return rows;
}

async function main() {
  // The machine may be shared: the load average says how much the figures can be trusted.
  console.log(`load average before: ${loadAverage(2)} (${os.cpus().length} cores)`);
  const server = await startPostgres();
  try {
    const rows = [
      ...(await measure('pglite', await openPglite({}))),
      ...(await measure('postgres', openPostgres(server.url, 10))),
    ];
    console.table(rows);
    console.log(`load average after: ${loadAverage(2)}`);
    for (const engine of ['pglite', 'postgres']) {
      const mine = rows.filter((r) => r.engine === engine);
      const unanswered = mine.reduce((sum, r) => sum + r.unanswered, 0);
      const total = mine.reduce((sum, r) => sum + r.requests, 0);
      const p99 = (n: number) => mine.find((r) => r.inFlight === n)!.p99;
      console.log(
        `${engine}: ${unanswered ? `${unanswered} of ${total} requests got no answer within 30 s` : `every one of ${total} requests answered`}; ` +
          `p99 at 128 in flight ${p99(128)} ms = ${(p99(128) / Math.max(p99(32), 1)).toFixed(1)}× the p99 at 32 (${p99(32)} ms; the goal on PGlite: at most about 4×)`,
      );
    }
  } finally {
    server.stop();
  }
}

void main();
