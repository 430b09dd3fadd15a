/**
 * `npm run fuzz -- --seed 42 --runs 50`: malformed variants of every API operation on a fresh
 * embedded database, printed by status; exits non-zero on any 5xx, refusal without a Chinese
 * message, or refusal that changed rows. The server suite runs the same with a small count.
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../server/src/app';
import { testConfig } from '../server/src/config';
import { migrate } from '../server/src/db/migrate';
import { openPglite } from '../server/src/db/pglite';
import { createLoggingWechatClient } from '../server/src/services/wechat';
import { describeFailure, runFuzz } from './support/fuzz/run-fuzz';

async function main() {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      runs: { type: 'string', default: '40' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const perOperation = Number(values.runs);
  const db = await openPglite({});
  await migrate(db);
  const app = await buildApp({ db, config: testConfig(), wechat: createLoggingWechatClient(() => undefined) });
  await app.ready();
  const kinds = new Map<string, Map<number, number>>();
  console.log(`fuzz: seed ${seed}, ${perOperation} malformed requests per operation`);
  const report = await runFuzz({
    app,
    db,
    seed,
    perOperation,
    onRequest: (request, status) => {
      const kind = request.what.split(/[ =]/)[0]!;
      const counts = kinds.get(kind) ?? new Map<number, number>();
      counts.set(status, (counts.get(status) ?? 0) + 1);
      kinds.set(kind, counts);
      if (values.verbose) console.log(`${status} ${request.method} ${request.url.slice(0, 100)} [${request.what}]`);
    },
  });
  console.log(`\n${report.tried} requests; by status:`);
  for (const [status, n] of [...report.byStatus].sort((a, b) => a[0] - b[0])) console.log(`  ${status}: ${n}`);
  console.log('by what was broken:');
  for (const [kind, counts] of [...kinds].sort())
    console.log(
      `  ${kind.padEnd(14)} ${[...counts]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join('  ')}`,
    );
  console.log(`\n${report.failures.length} failures${report.failures.length ? ':' : ''}`);
  for (const failure of report.failures) console.log(`  ${describeFailure(failure)}`);
  await app.close();
  await db.close();
  process.exit(report.failures.length ? 1 : 0);
}

void main();
