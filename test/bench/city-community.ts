/**
 * The city's help cases and clubs for bench:scale (see city-data.ts): written with generate_series from the
 * scratch tables city-data.ts keeps while it builds (city_schools: school n → union id; city_members: the k-th
 * member of school n), so every row joins the schools and members it belongs to.
 */
import type { Step } from './city-evaluations';

/** Three help categories a school, `cases` cases spread over the schools' members, and their timelines. */
export async function buildHelpCases(step: Step, cases: number, members: number, schools: number): Promise<void> {
  await step(
    'help categories',
    `
    INSERT INTO help_categories (union_id, name, sort_order) SELECT s.id, c.name, c.k FROM city_schools s,
      (VALUES (1, '大病救助'), (2, '生活困难'), (3, '法律援助')) c(k, name)`,
  );
  // Most cases are closed with a rating; one in twenty is still open (submitted or in progress).
  await step(
    `${cases} help cases`,
    `
    INSERT INTO help_requests (union_id, member_id, category_id, title, description, urgency, contact_preference, status, handler_id,
                               response_due_on, accepted_at, first_response_at, outcome, resolved_at, closed_at, rating, rated_at, created_at, updated_at)
    SELECT s.id, cm.id, cat.id,
           '压测求助' || g, '家中老人住院，申请大病救助。', 'normal', 'phone', st,
           CASE WHEN st <> 'submitted' THEN chair.id END, (t + interval '5 days')::date,
           CASE WHEN st <> 'submitted' THEN t + interval '1 day' END, CASE WHEN st <> 'submitted' THEN t + interval '1 day' END,
           CASE WHEN st = 'closed' THEN '已发放补助。' END, CASE WHEN st = 'closed' THEN t + interval '10 days' END,
           CASE WHEN st = 'closed' THEN t + interval '11 days' END,
           CASE WHEN st = 'closed' THEN 'satisfied' END, CASE WHEN st = 'closed' THEN t + interval '11 days' END, t, t
      FROM (SELECT g, (g * 40503) % $2 AS mk,
                   CASE WHEN g % 40 = 0 THEN 'submitted' WHEN g % 40 = 1 THEN 'in_progress' ELSE 'closed' END AS st,
                   now() - make_interval(secs => CASE WHEN g % 40 < 2 THEN g % (20 * 86400) ELSE g * 2654435761 % (730 * 86400) END) AS t
              FROM generate_series(1, $1::bigint) g) x
      JOIN city_members cm ON cm.school = x.mk % $3 AND cm.k = (x.mk / $3) % greatest(1, $2 / $3)
      JOIN city_schools s ON s.n = cm.school
      JOIN city_members chair ON chair.school = cm.school AND chair.k = 0
      -- One of the school's three categories, joined (a subquery per case took most of the step).
      JOIN (SELECT id, union_id, row_number() OVER (PARTITION BY union_id ORDER BY id) - 1 AS k FROM help_categories) cat
        ON cat.union_id = s.id AND cat.k = x.g % 3
     ORDER BY t`,
    [cases, members, schools],
  );
  await step(
    'their timelines',
    `
    INSERT INTO help_events (request_id, kind, internal, actor_id, actor_role, body, status_after, created_at)
    SELECT h.id, e.kind, false, CASE WHEN e.actor = 'member' THEN h.member_id ELSE h.handler_id END, e.actor, e.body, e.after_status, h.created_at + e.after
      FROM help_requests h JOIN city_schools s ON s.id = h.union_id,
      LATERAL (VALUES ('submitted', 'member', '', 'submitted', interval '0'), ('accepted', 'handler', '由主席办理', 'accepted', interval '1 day'),
                      ('resolved', 'handler', '已发放补助。', 'resolved', interval '10 days'), ('rated', 'member', '满意', 'closed', interval '11 days')) e(kind, actor, body, after_status, after)
     WHERE e.kind = 'submitted' OR (e.kind = 'accepted' AND h.status <> 'submitted') OR (e.kind IN ('resolved', 'rated') AND h.status = 'closed')
     ORDER BY h.id, e.after`,
  );
  // The 回访 the resolve step plans (+30 and +90 days): those due are done, but one case in ten has
  // them still planned, as a busy school leaves some. Triggers are off while the city is built, so
  // the visit's union (migration 090) is written here, as the database would copy it from the case.
  await step(
    'their 回访',
    `
    INSERT INTO help_visits (request_id, union_id, due_on, status, outcome, done_at, done_by, created_by, created_at)
    SELECT h.id, h.union_id, d.due, v.st, CASE WHEN v.st = 'done' THEN '回访：家庭情况稳定。' END,
           CASE WHEN v.st = 'done' THEN d.due::timestamptz END, CASE WHEN v.st = 'done' THEN h.handler_id END,
           h.handler_id, h.resolved_at
      FROM help_requests h,
      LATERAL (VALUES ((h.resolved_at + interval '30 days')::date), ((h.resolved_at + interval '90 days')::date)) d(due),
      LATERAL (SELECT CASE WHEN d.due >= current_date OR h.id % 10 = 0 THEN 'planned' ELSE 'done' END AS st) v
     WHERE h.status = 'closed'
     ORDER BY h.id, d.due`,
  );
}

/** Two clubs a school with twenty members each, an event every two weeks for two years, ten sign-ups an event. */
export async function buildClubs(step: Step): Promise<void> {
  await step(
    `clubs, members and events`,
    `
    WITH c AS (INSERT INTO clubs (union_id, name, category, join_policy) SELECT s.id, '压测社团' || k, 'sports', 'open'
                 FROM city_schools s, generate_series(1, 2) k RETURNING id, union_id)
    INSERT INTO club_members (club_id, member_id, role)
    SELECT c.id, cm.id, CASE WHEN cm.k = 3 THEN 'leader' ELSE 'member' END
      FROM c JOIN city_schools s ON s.id = c.union_id JOIN city_members cm ON cm.school = s.n AND cm.k BETWEEN 3 AND 22`,
  );
  await step(
    'club events, two a month',
    `
    INSERT INTO club_events (club_id, title, place, starts_at, ends_at, capacity, signup_deadline, audience)
    SELECT c.id, '压测活动' || w, '操场', t, t + interval '2 hours', 30, t - interval '1 day', 'members'
      FROM clubs c JOIN city_schools s ON s.id = c.union_id, generate_series(-48, 2) w,
      LATERAL (SELECT date_trunc('day', now()) + make_interval(weeks => w * 2, hours => 8) AS t) tt`,
  );
  await step(
    'ten sign-ups an event',
    `
    INSERT INTO club_event_signups (event_id, member_id, status, attended, created_at)
    SELECT e.id, cm.member_id, 'confirmed', CASE WHEN e.starts_at < now() THEN cm.member_id % 4 <> 0 END, e.signup_deadline - interval '2 days'
      FROM club_events e JOIN LATERAL (SELECT member_id FROM club_members WHERE club_id = e.club_id ORDER BY member_id LIMIT 10) cm ON true
     WHERE e.club_id IN (SELECT c.id FROM clubs c JOIN city_schools s ON s.id = c.union_id)`,
  );
}
