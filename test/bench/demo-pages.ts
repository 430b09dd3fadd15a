/**
 * bench:scale's demo side, with full pages. As seeded, the demo union has 6 help cases and no audit
 * entry, while the city's school fills every page (a help queue page is 50 cases, an audit page 20
 * entries): the two figures of a read then differ by what one page holds, not by how much data lies
 * under it, which is what the ratio is for. So the demo's lists get more than a page each first.
 */
import type { Db } from '../../server/src/db';

const COPIES_OF_EACH_CASE = 10;
const AUDIT_ENTRIES = 60;

export async function fillDemoPages(db: Db) {
  const [chair] = await db.query<{ id: number; unionId: number }>(
    `SELECT id, union_id AS "unionId" FROM members WHERE staff_no = 'S1001'`,
  );
  if (!chair) throw new Error('the demo has no chair S1001');
  // Each case copied as it is (its state, urgency and sealed texts), so the queue has the same mix, ten times over.
  const columns = (
    await db.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = 'help_requests' AND column_name <> 'id' AND is_generated = 'NEVER'
        ORDER BY ordinal_position`,
    )
  )
    .map((c) => `"${c.name}"`)
    .join(', ');
  await db.query(
    `INSERT INTO help_requests (${columns})
     SELECT ${columns} FROM help_requests, generate_series(1, $2) WHERE union_id = $1`,
    [chair.unionId, COPIES_OF_EACH_CASE],
  );
  // The city's kinds of entry (city-data.ts), about the union's own members, over the last days.
  await db.query(
    `INSERT INTO audit_log (at, actor_id, union_id, action, target_type, target_id, detail)
     SELECT now() - make_interval(hours => g), $2, $1,
            (ARRAY['booking.manage.cancel', 'member.record.update', 'help.case.read', 'member.role.grant', 'export.help'])[1 + g % 5],
            (ARRAY['booking', 'member', 'help_request', 'member', 'union'])[1 + g % 5],
            (SELECT id FROM members WHERE union_id = $1 ORDER BY id OFFSET g % 50 LIMIT 1)::text, '{"via":"bench"}'
       FROM generate_series(1, $3) g`,
    [chair.unionId, chair.id, AUDIT_ENTRIES],
  );
}
