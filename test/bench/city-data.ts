/**
 * A city's worth of data for bench:scale, written straight into PostgreSQL with generate_series (the
 * API would take hours for two million bookings). At scale 1: one city union over 500 schools,
 * 100,000 members, 2,000,000 bookings over two years, 200,000 help cases with their timelines,
 * 1,000,000 messages, 500 evaluations with their answers, clubs and events, and audit entries; help cases
 * also have their 回访 (about 380,000 at scale 1).
 * Every row keeps the schema's checks (foreign keys by construction), so the app reads it as it reads its own.
 * Sessions: member id N signs in with the bearer token `city-N` (see cityToken).
 */
import type { Db } from '../../server/src/db';
import { buildClubs, buildHelpCases } from './city-community';
import { buildAssessmentRound, buildEvaluations, type Step } from './city-evaluations';
import { deferIndexes } from './deferred-indexes';

// The tables that take millions of rows: loaded bare, then indexed (deferred-indexes.ts).
const BULK_TABLES = [
  'bookings',
  'booking_slots',
  'notifications',
  'help_requests',
  'help_events',
  'help_visits',
  'audit_log',
  'club_event_signups',
];

export const cityToken = (memberId: number) => `city-${memberId}`;

export interface City {
  cityId: number;
  supervisorId: number;
  /** The city's 建家评家 round of the year. */
  roundId: number;
  /** The first school: its chair, a staff member, an ordinary member, a room, an open help case. */
  school: {
    id: number;
    chairId: number;
    staffId: number;
    memberId: number;
    roomId: number;
    caseId: number;
    surveyId: number;
  };
  counts: Record<string, number>;
}

/** `schools` keeps the city's 500 schools at a small scale (the plan test: per-school shares as in a city). */
export async function buildCity(
  db: Db,
  scale: number,
  log: (line: string) => void,
  options: { schools?: number } = {},
): Promise<City> {
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  const schools = options.schools ?? Math.max(2, n(500));
  const members = Math.max(schools * 10, n(100_000));
  const sizes = {
    schools,
    members,
    bookings: n(2_000_000),
    cases: n(200_000),
    messages: n(1_000_000),
    audit: n(600_000),
  };
  const timed = async (label: string, work: () => Promise<unknown>) => {
    const started = Date.now();
    await work();
    log(`  ${label.padEnd(34)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  // Foreign keys hold by construction (every row is joined from the rows it references); their
  // per-row check triggers are skipped, which halves the biggest inserts. CHECK and UNIQUE stay.
  const step: Step = (label, sql, params = []) =>
    timed(label, () =>
      db.transaction(async (tx) => {
        await tx.query('SET LOCAL session_replication_role = replica');
        // Grouping two million bookings into slots spills to disk at the default 4 MB.
        await tx.query(`SET LOCAL work_mem = '256MB'`);
        await tx.query(sql, params);
      }),
    );

  const [city] = await db.query<{ id: number }>(
    `INSERT INTO unions (kind, name) VALUES ('district', '压测市教育工会') RETURNING id`,
  );
  const cityId = city!.id;
  const rebuildIndexes = await deferIndexes(db, BULK_TABLES);
  await step(
    `${schools} schools, 3 branches each`,
    `
    WITH s AS (INSERT INTO unions (parent_id, kind, name) SELECT $1, 'school', '压测第' || g || '学校工会' FROM generate_series(1, $2) g RETURNING id)
    INSERT INTO unions (parent_id, kind, name) SELECT s.id, 'branch', '第' || b || '分工会' FROM s, generate_series(1, 3) b`,
    [cityId, schools],
  );
  // Schools numbered 0..S-1 in id order; member g belongs to school g % S.
  await db.exec(
    `CREATE UNLOGGED TABLE city_schools AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM unions WHERE parent_id = ${cityId} AND kind = 'school'`,
  );
  await step(
    `${members} members`,
    `
    INSERT INTO members (union_id, branch_id, name, staff_no, phone, openid, bound_at)
    SELECT s.id, (SELECT b.id FROM unions b WHERE b.parent_id = s.id ORDER BY b.id OFFSET g % 4 LIMIT 1),
           '压测会员' || g, 'C' || g, '13' || lpad(g::text, 9, '0'), 'city-openid-' || g, now()
      FROM generate_series(1, $1) g JOIN city_schools s ON s.n = g % $2`,
    [members, schools],
  );
  const [supervisor] = await db.query<{ id: number }>(
    `INSERT INTO members (union_id, name, staff_no, phone) VALUES ($1, '压测督导', 'CQ1', '13800000001') RETURNING id`,
    [cityId],
  );
  await db.query(`INSERT INTO member_roles (member_id, union_id, role) VALUES ($1, $2, 'supervisor')`, [
    supervisor!.id,
    cityId,
  ]);
  // The first three members of each school: chair, staff, staff.
  await step(
    'officers',
    `
    INSERT INTO member_roles (member_id, union_id, role)
    SELECT id, union_id, CASE WHEN k = 1 THEN 'chair' ELSE 'staff' END
      FROM (SELECT id, union_id, row_number() OVER (PARTITION BY union_id ORDER BY id) k FROM members WHERE union_id IN (SELECT id FROM city_schools)) m
     WHERE k <= 3`,
  );
  await step(
    'a session for every member',
    `
    INSERT INTO sessions (token_hash, member_id, expires_at)
    SELECT encode(sha256(convert_to('city-' || id, 'UTF8')), 'hex'), id, now() + interval '30 days'
      FROM members WHERE union_id IN (SELECT id FROM city_schools) OR id = $1`,
    [supervisor!.id],
  );
  await db.exec(`CREATE UNLOGGED TABLE city_members AS
    SELECT m.id, m.union_id, s.n AS school, row_number() OVER (PARTITION BY m.union_id ORDER BY m.id) - 1 AS k
      FROM members m JOIN city_schools s ON s.id = m.union_id;
    CREATE INDEX ON city_members (school, k); ANALYZE city_members`);

  await step(
    `${schools * 3} rooms open 08:00–21:00`,
    `
    WITH r AS (
      INSERT INTO rooms (union_id, code, name, location, mode, capacity, slot_minutes, window_days)
      SELECT s.id, 'CITY' || lpad((s.n * 3 + k)::text, 7, '0'), '压测活动室' || k, '教工楼', 'seats', 20, 60, 7
        FROM city_schools s, generate_series(1, 3) k RETURNING id)
    INSERT INTO room_hours (room_id, weekday, opens_at, closes_at) SELECT r.id, d, '08:00', '21:00' FROM r, generate_series(1, 7) d`,
  );
  await db.exec(`CREATE UNLOGGED TABLE city_rooms AS SELECT r.id, s.n AS school, row_number() OVER (PARTITION BY r.union_id ORDER BY r.id) - 1 AS k
    FROM rooms r JOIN city_schools s ON s.id = r.union_id; CREATE INDEX ON city_rooms (school, k)`);
  // Each booking: a member, one of their school's rooms, a day in the last two years or the coming week, an hour.
  await step(
    `${sizes.bookings} bookings over two years`,
    `
    CREATE UNLOGGED TABLE city_bookings AS
    SELECT DISTINCT ON (room_id, starts_at, member_id) *
      FROM (SELECT r.id AS room_id, cm.id AS member_id, day AS slot_date,
                   (day + make_interval(hours => 8 + ((g * 7) % 13)::int))::timestamp AT TIME ZONE 'Asia/Shanghai' AS starts_at,
                   CASE WHEN day >= (now() AT TIME ZONE 'Asia/Shanghai')::date THEN 'confirmed'
                        WHEN g % 10 = 0 THEN 'cancelled' WHEN g % 10 = 1 THEN 'no_show' ELSE 'checked_in' END AS status
              FROM (SELECT g, ((now() AT TIME ZONE 'Asia/Shanghai')::date - 730 + (g * 2654435761 % 737)::int) AS day,
                           (g * 40503) % $2 AS mk FROM generate_series(1, $1::bigint) g) x
              JOIN city_members cm ON cm.school = x.mk % $3 AND cm.k = (x.mk / $3) % greatest(1, $2 / $3)
              JOIN city_rooms r ON r.school = cm.school AND r.k = g % 3) b`,
    [sizes.bookings, members, schools],
  );
  await step(
    'their slots',
    `
    INSERT INTO booking_slots (room_id, starts_at, slot_date, capacity, booked)
    SELECT room_id, starts_at, slot_date, 20, least(20, count(*) FILTER (WHERE status <> 'cancelled'))
      FROM city_bookings GROUP BY room_id, starts_at, slot_date`,
  );
  await step(
    'the bookings',
    `
    INSERT INTO bookings (room_id, member_id, starts_at, ends_at, slot_date, status, checked_in_at, cancelled_at, created_at, updated_at)
    SELECT room_id, member_id, starts_at, starts_at + interval '1 hour', slot_date, status,
           CASE WHEN status = 'checked_in' THEN starts_at END, CASE WHEN status = 'cancelled' THEN starts_at - interval '1 day' END,
           starts_at - interval '2 days', starts_at
      FROM city_bookings ORDER BY starts_at`,
  );
  await db.exec(`DROP TABLE city_bookings`);

  await step(
    `${sizes.messages} messages`,
    `
    INSERT INTO notifications (member_id, kind, title, body, link, read_at, created_at)
    SELECT cm.id, 'booking', '预约成功：压测活动室', '明天 08:00–09:00', '/pages/booking/mine/index',
           CASE WHEN g % 20 <> 0 THEN t + interval '1 hour' END, t
      FROM (SELECT g, now() - make_interval(secs => (g * 2654435761 % (730 * 86400))) AS t, (g * 40503) % $2 AS mk
              FROM generate_series(1, $1::bigint) g) x
      JOIN city_members cm ON cm.school = x.mk % $3 AND cm.k = (x.mk / $3) % greatest(1, $2 / $3)
     ORDER BY t`,
    [sizes.messages, members, schools],
  );

  await buildHelpCases(step, sizes.cases, members, schools);

  await step(
    `${sizes.audit} audit entries`,
    `
    INSERT INTO audit_log (at, actor_id, union_id, action, target_type, target_id, detail)
    SELECT now() - make_interval(secs => g * 2654435761 % (730 * 86400)), chair.id, s.id,
           -- The kind by g / schools, not g: with the school chosen by g % schools, g % 5 gave each school one kind only.
           (ARRAY['booking.manage.cancel', 'member.record.update', 'help.case.read', 'member.role.grant', 'export.help'])[1 + (g / $2) % 5],
           (ARRAY['booking', 'member', 'help_request', 'member', 'union'])[1 + (g / $2) % 5], (g % 100000)::text, '{"via":"bench"}'
      FROM generate_series(1, $1::bigint) g JOIN city_schools s ON s.n = g % $2
      JOIN city_members chair ON chair.school = s.n AND chair.k = 0`,
    [sizes.audit, schools],
  );

  await buildClubs(step);

  await buildEvaluations(db, schools, step, log);
  const roundId = await buildAssessmentRound(db, cityId, step);

  await timed('their indexes, built after the load', () => db.exec(rebuildIndexes || 'SELECT 1'));
  await timed('VACUUM ANALYZE', () => db.exec('VACUUM ANALYZE'));
  const [first] = await db.query<City['school']>(`
    SELECT s.id, (SELECT id FROM city_members WHERE school = 0 AND k = 0) AS "chairId",
           (SELECT id FROM city_members WHERE school = 0 AND k = 1) AS "staffId",
           (SELECT id FROM city_members WHERE school = 0 AND k = 5) AS "memberId",
           (SELECT min(id) FROM rooms WHERE union_id = s.id) AS "roomId",
           (SELECT max(id) FROM help_requests WHERE union_id = s.id) AS "caseId",
           (SELECT id FROM surveys WHERE union_id = s.id) AS "surveyId"
      FROM city_schools s WHERE s.n = 0`);
  const counts: Record<string, number> = {};
  for (const table of [
    'members',
    'bookings',
    'booking_slots',
    'notifications',
    'help_requests',
    'help_events',
    'help_visits',
    'audit_log',
    'survey_answers',
    'club_events',
    'club_event_signups',
  ]) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = row!.n;
  }
  await db.exec(`DROP TABLE city_schools, city_members, city_rooms`);
  return { cityId, supervisorId: supervisor!.id, roundId, school: first!, counts };
}
