/**
 * npm run bench:explain — the database's own time for each statement of the busiest reads, on the demo
 * and on the city that `BENCH_KEEP=1 npm run bench:scale` keeps running (it prints the addresses and
 * subjects this needs: DEMO_URL, CITY_URL, DEMO_SUBJECTS, CITY_SUBJECTS as JSON). Each read's first
 * path is asked once through the app, every SELECT it runs is recorded, and then each is run under
 * EXPLAIN (ANALYZE, BUFFERS) BENCH_RUNS times (default 7) in its generic plan, the one a prepared
 * statement settles on: the median execution time, demo and city. Unlike a rate under load, these
 * hold on a busy machine. BENCH_READS=<regex> picks reads; BENCH_PLANS=1 prints the city's plans.
 */
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import type { Db } from '../../server/src/db';
import { openPostgres } from '../../server/src/db/postgres';
import { createLoggingWechatClient } from '../../server/src/services/wechat';
import { addDays, localDate } from '../../server/src/time/beijing';
import { cityToken } from './city-data';
import { HOT_READS, type HotRead, type Subjects } from './hot-reads';
import { literal, type Recorded, recording } from './recorded-statements';
import { median } from './rounds';

const RUNS = Number(process.env.BENCH_RUNS || 7);
/** The generic plan's execution, RUNS times: the median milliseconds and the last plan as text. */
async function explain(db: Db, s: Recorded): Promise<{ ms: number; plan: string }> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL plan_cache_mode = force_generic_plan');
    await tx.query(`PREPARE hot_read AS ${s.sql}`);
    const args = s.params?.length ? `(${s.params.map(literal).join(', ')})` : '';
    const times: number[] = [];
    let plan = '';
    for (let i = 0; i < RUNS; i += 1) {
      const rows = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE hot_read${args}`);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      times.push(Number(/Execution Time: ([\d.]+)/.exec(plan)![1]));
    }
    await tx.query('DEALLOCATE hot_read');
    return { ms: median(times), plan };
  });
}

async function statementsOf(url: string, subjects: Subjects, reads: HotRead[]) {
  const db = openPostgres(url, 2);
  const recorded: Recorded[] = [];
  const app = await buildApp({
    db: recording(db, recorded),
    config: testConfig(),
    wechat: createLoggingWechatClient(() => undefined),
  });
  await app.ready();
  const byRead = new Map<HotRead, Recorded[]>();
  const tomorrow = addDays(localDate(new Date()), 1);
  for (const read of reads) {
    recorded.length = 0;
    const [{ path, memberId }] = read.paths(subjects, tomorrow) as [{ path: string; memberId: number }];
    const res = await app.inject({
      method: 'GET',
      url: path,
      headers: { authorization: `Bearer ${cityToken(memberId)}` },
    });
    if (res.statusCode !== 200) throw new Error(`${read.name} ${path}: ${res.statusCode}`);
    byRead.set(
      read,
      recorded.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.sql) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(s.sql)),
    );
  }
  await app.close();
  return { db, byRead };
}

async function main() {
  process.env.COUNSELLING_NOTES_KEY ??= randomBytes(32).toString('base64');
  const only = process.env.BENCH_READS ? new RegExp(process.env.BENCH_READS) : null;
  const reads = HOT_READS.filter((read) => !only || only.test(read.name));
  const demo = await statementsOf(process.env.DEMO_URL!, JSON.parse(process.env.DEMO_SUBJECTS!) as Subjects, reads);
  const city = await statementsOf(process.env.CITY_URL!, JSON.parse(process.env.CITY_SUBJECTS!) as Subjects, reads);
  console.log(`Median execution time of ${RUNS} EXPLAIN ANALYZE runs (generic plan), ms: demo → city`);
  for (const read of reads) {
    const d = demo.byRead.get(read)!;
    const c = city.byRead.get(read)!;
    console.log(`\n${read.name}`);
    for (let i = 0; i < c.length; i += 1) {
      const cityRun = await explain(city.db, c[i]!);
      const demoRun = d[i] && d[i]!.sql === c[i]!.sql ? await explain(demo.db, d[i]!) : null;
      const text = c[i]!.sql.replace(/\s+/g, ' ').slice(0, 110);
      console.log(`  ${demoRun ? demoRun.ms.toFixed(3) : '—'} → ${cityRun.ms.toFixed(3)}  ${text}`);
      if (process.env.BENCH_PLANS) console.log(cityRun.plan.replace(/^/gm, '      '));
    }
  }
  await demo.db.close();
  await city.db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
