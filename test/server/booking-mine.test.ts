import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingSuite, createRoom, type Headers, memberWithHeaders, MONDAY } from './booking-fixtures';

const ctx = bookingSuite();

interface Page {
  items: { id: number; startsAt: string; status: string }[];
  total: number;
  nextCursor: string | null;
}

const list = (headers: Headers, query: string) =>
  ctx.t.app.inject({ method: 'GET', url: `/api/booking/bookings?${query}`, headers });

/** Every page of a scope, `limit` at a time, following nextCursor until it is null. */
async function allPages(headers: Headers, scope: string, limit: number) {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const response = await list(headers, `scope=${scope}&limit=${limit}${after ? `&after=${after}` : ''}`);
    expect(response.statusCode).toBe(200);
    const page = response.json<Page>();
    pages.push(page);
    after = page.nextCursor;
  } while (after && pages.length < 10);
  return pages;
}

describe('我的预约 paged by keyset', () => {
  it('walks every booking once, in order, ties on the same start broken by id, and ends with no cursor', async () => {
    const gym = await createRoom(ctx.t.app, ctx.staff, { name: '健身房' });
    const library = await createRoom(ctx.t.app, ctx.staff, { name: '职工书屋' });
    const m = await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.schoolId);
    const starts = [at(addDays(MONDAY, 3), '09:00'), at(addDays(MONDAY, 1), '18:00'), at(addDays(MONDAY, 2), '12:00')];
    const ids: number[] = [];
    for (const start of starts) ids.push((await book(ctx.t.app, m.headers, gym.id, start)).json<{ id: number }>().id);
    // The same start in another room: the order falls back on the id.
    ids.push((await book(ctx.t.app, m.headers, library.id, starts[1]!)).json<{ id: number }>().id);
    ids.push((await book(ctx.t.app, m.headers, library.id, starts[0]!)).json<{ id: number }>().id);

    const upcoming = await allPages(m.headers, 'upcoming', 2);
    expect(upcoming.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(upcoming.every((p) => p.total === 5)).toBe(true);
    expect(upcoming.at(-1)!.nextCursor).toBeNull();
    const soonestFirst = [ids[1], ids[3], ids[2], ids[0], ids[4]];
    expect(upcoming.flatMap((p) => p.items.map((b) => b.id))).toEqual(soonestFirst);

    // Cancelled ones are history, the latest first.
    for (const id of [ids[0], ids[1], ids[4]]) {
      const cancelled = await ctx.t.app.inject({
        method: 'POST',
        url: `/api/booking/bookings/${id}/cancel`,
        headers: m.headers,
        payload: {},
      });
      expect(cancelled.statusCode).toBe(200);
    }
    const past = await allPages(m.headers, 'past', 2);
    expect(past.map((p) => p.items.length)).toEqual([2, 1]);
    expect(past.flatMap((p) => p.items.map((b) => b.id))).toEqual([ids[4], ids[0], ids[1]]);
    expect(past.flatMap((p) => p.items.map((b) => b.status))).toEqual(['cancelled', 'cancelled', 'cancelled']);
    const left = await allPages(m.headers, 'upcoming', 20);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ total: 2, nextCursor: null });
  });

  it('refuses a malformed or out-of-range cursor, and the old offset, with a Chinese message', async () => {
    const m = await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.schoolId);
    for (const query of ['after=abc', 'after=1.', 'after=1893456000000.2147483648', 'offset=20']) {
      const response = await list(m.headers, query);
      expect(response.statusCode).toBe(400);
      expect(response.json<{ message: string }>().message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
