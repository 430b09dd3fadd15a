/**
 * The plans of the busiest reads at a city's size (npm run test:pg only: PGlite is one school's
 * database and its planner statistics cannot be set the same way). A small city is built with
 * bench:scale's generator, then the planner is told each table is as large as at a city of 100,000
 * members (pg_class.reltuples scaled up; the column statistics of ANALYZE keep their shape). Every
 * statement the reads run is recorded and EXPLAINed, in its custom and its generic plan: a
 * sequential scan of a large table, or a sort of more rows than a whole school holds, fails with the
 * read and the statement named. Every list that pages is also asked for its following page (the
 * keyset statements, which the first page does not run) and hot-reads.ts holds pages deep in each. What grows only within one school over the years (its bookings, its
 * audit log) stays under that line; bench:scale's city ÷ demo ratio is what shows those.
 */
import type { Db } from '../../server/src/db';
import { buildApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import { addDays, localDate } from '../../server/src/time/beijing';
import { markAsDemo, seedDemo } from '../../server/src/seed/demo';
import { createLoggingWechatClient } from '../../server/src/services/wechat';
import { buildCity, cityToken } from '../bench/city-data';
import { literal, type Recorded, recording } from '../bench/recorded-statements';
import { HOT_READS, type HotRead, nextPagePath, type Subjects } from '../bench/hot-reads';
import { openTestDatabase, postgresUrl } from '../support/test-database';

// The small city is this share of the full one; the planner is told it is the full one.
const BUILT_SCALE = 0.004;
// Tables that grow with members and years; a sequential scan of any of them is a read that slows as the city grows.
const LARGE_TABLES = [
  'members',
  'sessions',
  'member_roles',
  'bookings',
  'booking_slots',
  'notifications',
  'help_requests',
  'help_events',
  'help_visits',
  'audit_log',
  'survey_answers',
  'survey_participants',
  'club_members',
  'club_events',
  'club_event_signups',
];
// More rows than any list page or one school's year could ask to be sorted.
const MAX_SORTED_ROWS = 20_000;
// Tables whose rows pile up year after year within one school, a member or a case.
const GROWING_WITH_YEARS = [
  'bookings',
  'booking_slots',
  'notifications',
  'help_requests',
  'help_events',
  'help_visits',
  'audit_log',
];
const YEARS_LATER = 10;
// Whose rows they are: 500 schools, 100,000 members, 1,500 rooms.
const OWNERS = new Map([
  ['help_requests.union_id', 500],
  ['help_requests.member_id', 100_000],
  ['help_visits.union_id', 500],
  ['audit_log.union_id', 500],
  ['notifications.member_id', 100_000],
  ['bookings.member_id', 100_000],
  ['bookings.room_id', 1_500],
]);
// A list read page by page may sort what one page is chosen from (a school's open cases, one
// person's rows), never what piles up over the years: at twenty years a school has some 4,000 help
// cases and 12,000 audit entries, a member some 100 messages.
const MAX_SORTED_PAGE_ROWS = 1_000;

/** The tables and their indexes, whose row counts the planner reads from pg_class. */
async function relationsOf(db: Db, tables: string[]): Promise<string[]> {
  const rows = await db.query<{ oid: string }>(
    `SELECT c.oid::regclass::text AS oid FROM pg_class c
      WHERE c.oid = ANY(SELECT ('public.' || t)::regclass FROM unnest($1::text[]) t)
         OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = ANY(SELECT ('public.' || t)::regclass FROM unnest($1::text[]) t))`,
    [tables],
  );
  return rows.map((r) => r.oid);
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Plan Rows': number;
  'Sort Key'?: string[];
  Plans?: PlanNode[];
}

function problems(node: PlanNode, maxSorted: number, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && LARGE_TABLES.includes(node['Relation Name']!))
    found.push(`Seq Scan on ${node['Relation Name']}`);
  if (node['Node Type'] === 'Sort' && node['Plan Rows'] > maxSorted) {
    found.push(
      `Sort of ${Math.round(node['Plan Rows']).toLocaleString('en-US')} rows by ${node['Sort Key']?.join(', ')}`,
    );
  }
  for (const child of node.Plans ?? []) problems(child, maxSorted, found);
  return found;
}

/**
 * Both plans PostgreSQL may run a statement with: the custom plan for these values, and the generic
 * plan a prepared statement switches to after five runs (the app prepares every statement), which
 * cannot see the values and so cannot, say, use an index behind `$2 IS NULL OR status = $2`.
 */
async function plans(db: Db, statement: Recorded): Promise<PlanNode[]> {
  const [custom] = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
    `EXPLAIN (FORMAT JSON) ${statement.sql}`,
    statement.params,
  );
  const generic = await db.transaction(async (tx) => {
    await tx.query('SET LOCAL plan_cache_mode = force_generic_plan');
    await tx.query(`PREPARE hot_read AS ${statement.sql}`);
    const args = statement.params?.length ? `(${statement.params.map(literal).join(', ')})` : '';
    const [row] = await tx.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) EXECUTE hot_read${args}`,
    );
    await tx.query('DEALLOCATE hot_read');
    return row!;
  });
  return [custom!['QUERY PLAN'][0].Plan, generic['QUERY PLAN'][0].Plan];
}

const onPostgres = postgresUrl() ? describe : describe.skip;

onPostgres('the busiest reads at a city of 100,000 members (PostgreSQL planner)', () => {
  let db: Db;
  const statements: Recorded[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;
  let city: Subjects;

  beforeAll(async () => {
    db = await openTestDatabase();
    await markAsDemo(db);
    await seedDemo(db);
    const built = await buildCity(db, BUILT_SCALE, () => undefined, { schools: 500 });
    const [members] = await db.query<{ ids: number[] }>(
      `SELECT array_agg(id ORDER BY id) AS ids FROM (SELECT id FROM members WHERE union_id = $1 ORDER BY id OFFSET 5 LIMIT 3) m`,
      [built.school.id],
    );
    city = {
      ...built.school,
      supervisorId: built.supervisorId,
      roundId: built.roundId,
      memberIds: members!.ids,
      search: '会员12',
    };
    // As large as the full city: the rows per page stay as they are, the row count grows by 1 / BUILT_SCALE.
    for (const table of LARGE_TABLES) await db.exec(`ALTER TABLE ${table} SET (autovacuum_enabled = false)`);
    await db.exec('ANALYZE');
    await db.query(
      `UPDATE pg_class c SET reltuples = c.reltuples / $1
        WHERE c.relnamespace = 'public'::regnamespace
          AND (c.relname = ANY($2::text[]) OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = ANY(SELECT ('public.' || t)::regclass FROM unnest($2::text[]) t)))`,
      [BUILT_SCALE, LARGE_TABLES],
    );
    app = await buildApp({
      db: recording(db, statements),
      config: testConfig(),
      wechat: createLoggingWechatClient(() => undefined),
    });
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  /** Every statement each read runs, its first page and (for a list) the page after. */
  const recorded = new Map<HotRead, Recorded[]>();
  async function record(read: HotRead) {
    statements.length = 0;
    const tomorrow = addDays(localDate(new Date()), 1);
    for (const { path, memberId } of read.paths(city, tomorrow).slice(0, 2)) {
      const get = async (url: string) => {
        const response = await app.inject({
          method: 'GET',
          url,
          headers: { authorization: `Bearer ${cityToken(memberId)}` },
        });
        expect({ read: read.name, url, status: response.statusCode }).toEqual({ read: read.name, url, status: 200 });
        return String(response.headers['content-type']).includes('json') ? response.json<unknown>() : null;
      };
      await get(path);
      // A list's following page, as 加载更多 asks for it: one row a page, so that even the small
      // city has a page after the first.
      const onePerPage = path.replace(/([?&])limit=\d+/, '$1limit=1');
      if (onePerPage !== path) {
        const next = nextPagePath(onePerPage, await get(onePerPage));
        if (next) await get(next);
      }
    }
    recorded.set(
      read,
      statements.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.sql) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(s.sql)),
    );
  }

  async function problemsOf(reads: HotRead[], maxSorted: number) {
    const found: string[] = [];
    for (const read of reads) {
      for (const statement of recorded.get(read) ?? []) {
        const [custom, generic] = await plans(db, statement);
        for (const [kind, plan] of [
          ['', custom!],
          ['generic plan: ', generic!],
        ] as const) {
          for (const problem of problems(plan, maxSorted))
            found.push(`${read.name}: ${kind}${problem}\n    ${statement.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
        }
      }
    }
    return [...new Set(found)];
  }

  it('runs no sequential scan of a large table and sorts no unbounded set', async () => {
    for (const read of HOT_READS) await record(read);
    expect(await problemsOf(HOT_READS, MAX_SORTED_ROWS)).toEqual([]);
  }, 120_000);

  it('reads a page of every list as a range, however many years of rows the union has kept', async () => {
    if (recorded.size === 0) for (const read of HOT_READS) await record(read);
    // The small city has a case or two per school, so ANALYZE stores "a school's rows" as a share
    // of the table, which no row count scales. The planner is told how many schools and members
    // the rows belong to, then that the rows are twenty years' instead of two: what a list sorts in
    // full grows tenfold, a page read by keyset does not.
    for (const [column, owners] of OWNERS)
      await db.exec(
        `ALTER TABLE ${column.split('.')[0]} ALTER COLUMN ${column.split('.')[1]} SET (n_distinct = ${owners})`,
      );
    await db.exec(`ANALYZE ${GROWING_WITH_YEARS.join(', ')}`);
    await db.query(`UPDATE pg_class SET reltuples = reltuples * $1 WHERE oid = ANY($2::regclass[])`, [
      YEARS_LATER / BUILT_SCALE,
      await relationsOf(db, GROWING_WITH_YEARS),
    ]);
    expect(
      await problemsOf(
        HOT_READS.filter((read) => read.paged),
        MAX_SORTED_PAGE_ROWS,
      ),
    ).toEqual([]);
  }, 120_000);
});
