import type { LightMyRequestResponse } from 'fastify';
import { encodeKeyset } from '../../server/src/schemas/keyset';
import { at, counsellingDiarySuite, desk, mine, MONDAY, type Person, standAt } from './counselling-fixtures';

const { t, s } = counsellingDiarySuite();

type Row = { id: number; startsAt: Date };
const newestFirst = (rows: Row[]) =>
  [...rows].sort((p, q) => q.startsAt.getTime() - p.startsAt.getTime() || q.id - p.id).map((r) => r.id);
const oldestFirst = (rows: Row[]) =>
  [...rows].sort((p, q) => p.startsAt.getTime() - q.startsAt.getTime() || p.id - q.id).map((r) => r.id);

/**
 * `count` appointments of the member with the counsellor in one statement. Past ones alternate
 * completed and cancelled, two to a day at the same minute (so the id must break the tie), one
 * day apart going back from MONDAY 09:00; future ones are one a day at 09:00 from the next day on.
 */
async function insert(member: Person, counsellorId: number, count: number, status: 'past' | 'confirmed' | 'requested') {
  const past = status === 'past';
  return t.db.query<Row>(
    `INSERT INTO counselling_appointments
       (union_id, counsellor_id, member_id, status, mode, starts_at, ends_at, held_until, contact, cancelled_by)
     SELECT $1, $2, $3, k.status, 'in_person', k.starts, k.starts + interval '50 minutes', k.starts + interval '60 minutes',
            'message', CASE WHEN k.status = 'cancelled' THEN 'member' END
       FROM (SELECT CASE WHEN NOT $5 THEN $6 WHEN g % 2 = 0 THEN 'completed' ELSE 'cancelled' END AS status,
                    CASE WHEN $5 THEN $4::timestamptz - (g / 2) * interval '1 day'
                         ELSE $4::timestamptz + g * interval '1 day' END AS starts
               FROM generate_series(1, $7::int) g) k
     RETURNING id, starts_at AS "startsAt"`,
    [s.tree.schoolId, counsellorId, member.id, at(MONDAY, '09:00'), past, status, count],
  );
}

/** Every page of a list, following `next` until it is null: the ids in the order shown, and the page sizes. */
async function walk(get: (query: string) => Promise<LightMyRequestResponse>, scope: string, limit: number) {
  const ids: number[] = [];
  const sizes: number[] = [];
  let after: string | null = null;
  do {
    const response = await get(`?scope=${scope}&limit=${limit}${after ? `&after=${after}` : ''}`);
    expect(response.statusCode).toBe(200);
    const page = response.json<{ items: { id: number }[]; next: string | null }>();
    sizes.push(page.items.length);
    ids.push(...page.items.map((item) => item.id));
    after = page.next;
  } while (after);
  return { ids, sizes };
}
const deskOf = (who: Person) => (query: string) => desk(t.app, who, 'GET', `/appointments${query}`);
const listOf = (who: Person) => (query: string) => mine(t.app, who, 'GET', query);

describe('the appointment lists, a page at a time', () => {
  it('walks the desk’s past tab and the member’s past list to the end, each appointment once, latest first', async () => {
    standAt(MONDAY, '08:00');
    const ofA = await insert(s.a, s.xId, 45, 'past');
    const ofB = await insert(s.b, s.yId, 3, 'past');

    const deskPast = await walk(deskOf(s.x), 'past', 20);
    expect(deskPast.sizes).toEqual([20, 20, 5]);
    expect(deskPast.ids).toEqual(newestFirst(ofA));
    const memberPast = await walk(listOf(s.a), 'past', 20);
    expect(memberPast.sizes).toEqual([20, 20, 5]);
    expect(memberPast.ids).toEqual(newestFirst(ofA));

    // Another counsellor and another member see only their own, and a third member nothing.
    expect((await walk(deskOf(s.y), 'past', 20)).ids).toEqual(newestFirst(ofB));
    expect((await walk(listOf(s.b), 'past', 20)).ids).toEqual(newestFirst(ofB));
    expect(await walk(listOf(s.c), 'past', 20)).toEqual({ ids: [], sizes: [0] });
    expect(await walk(deskOf(s.x), 'upcoming', 20)).toEqual({ ids: [], sizes: [0] });
  });

  it('walks the tabs still to come in time order, soonest first', async () => {
    standAt(MONDAY, '08:00');
    const confirmed = await insert(s.a, s.xId, 7, 'confirmed');
    // The confirmed ones move to 10:00, so the requests at 09:00 on the same days overlap none of them.
    await t.db.query(`UPDATE counselling_appointments SET starts_at = starts_at + interval '1 hour',
      ends_at = ends_at + interval '1 hour', held_until = held_until + interval '1 hour'`);
    const requested = await insert(s.a, s.xId, 4, 'requested');
    const moved = await t.db.query<Row>(
      `SELECT id, starts_at AS "startsAt" FROM counselling_appointments WHERE status = 'confirmed'`,
    );
    expect(moved.map((r) => r.id).sort()).toEqual(confirmed.map((r) => r.id).sort());

    expect(await walk(deskOf(s.x), 'upcoming', 3)).toEqual({ ids: oldestFirst(moved), sizes: [3, 3, 1] });
    expect(await walk(deskOf(s.x), 'pending', 3)).toEqual({ ids: oldestFirst(requested), sizes: [3, 1] });
    expect(await walk(listOf(s.a), 'upcoming', 4)).toEqual({
      ids: oldestFirst([...moved, ...requested]),
      sizes: [4, 4, 3],
    });
    expect(await walk(listOf(s.a), 'past', 4)).toEqual({ ids: [], sizes: [0] });
  });

  it('answers a forged page position with a 400 in Chinese on both lists', async () => {
    const forged = [
      'not-a-token',
      encodeKeyset(['1.9e15', 1]),
      encodeKeyset([1, 2]),
      encodeKeyset(['1893456000000000']),
    ];
    for (const after of forged) {
      for (const response of [
        await desk(t.app, s.x, 'GET', `/appointments?scope=past&after=${after}`),
        await mine(t.app, s.a, 'GET', `?scope=past&after=${after}`),
      ]) {
        expect(response.statusCode).toBe(400);
        expect(response.json().message).toBe('翻页位置无效，请下拉刷新后重新加载');
      }
    }
  });
});
