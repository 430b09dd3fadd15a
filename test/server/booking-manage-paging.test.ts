import { encodeKeyset } from '../../server/src/schemas/keyset';
import { addDays } from '../../server/src/time/beijing';
import { at, bookingFileSuite, bookingHelpers, createRoom, memberWithHeaders, MONDAY } from './booking-fixtures';

// The approval queue and the suspension records are read a page at a time by keyset: every row
// once, in the list's order, however many there are, and nothing of another union.
const { t, tree, staff } = bookingFileSuite();
const { member } = bookingHelpers(t, tree);

type Page = { items: { id: number }[]; total: number; next: string | null };

async function walk(path: string, headers: Record<string, string>) {
  const ids: number[] = [];
  const sizes: number[] = [];
  let after: string | null = null;
  do {
    const page: Page = (
      await t.app.inject({ method: 'GET', url: `${path}${after ? `&after=${after}` : ''}`, headers })
    ).json();
    sizes.push(page.items.length);
    ids.push(...page.items.map((item) => item.id));
    after = page.next;
  } while (after);
  return { ids, sizes };
}

describe('the approval queue, page after page', () => {
  it('lists every pending booking once, soonest first and by id within a slot', async () => {
    const room = await createRoom(t.app, staff, { name: '报告厅', capacity: 10, requiresApproval: true });
    const members = await Promise.all(Array.from({ length: 5 }, () => member()));
    // 9 slots over three days × 5 members: 45 pending bookings, five to a slot, written in one go.
    const starts = [1, 2, 3].flatMap((day) =>
      ['09:00', '14:00', '16:00'].map((time) => at(addDays(MONDAY, day), time)),
    );
    await t.db.query(
      `INSERT INTO booking_slots (room_id, starts_at, slot_date, capacity, booked)
       SELECT $1, s, (s AT TIME ZONE 'Asia/Shanghai')::date, 10, 5 FROM unnest($2::timestamptz[]) s`,
      [room.id, starts],
    );
    const inserted = await t.db.query<{ id: number; startsAt: Date }>(
      `INSERT INTO bookings (room_id, member_id, starts_at, ends_at, slot_date, status)
       SELECT $1, m, s, s + interval '1 hour', (s AT TIME ZONE 'Asia/Shanghai')::date, 'pending'
         FROM unnest($2::timestamptz[]) s, unnest($3::int[]) m
       RETURNING id, starts_at AS "startsAt"`,
      [room.id, starts.reverse(), members.map((m) => m.id)],
    );
    const expected = [...inserted]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id)
      .map((b) => b.id);

    const { ids, sizes } = await walk('/api/booking/manage/bookings?status=pending&limit=20', staff);
    expect(sizes).toEqual([20, 20, 5]);
    expect(ids).toEqual(expected);

    const other = await memberWithHeaders(t.app, t.db, tree.otherSchoolId, { roles: ['staff'] });
    expect((await walk('/api/booking/manage/bookings?status=pending&limit=20', other.headers)).ids).toEqual([]);
  });

  it('answers a forged page position with a 400 in Chinese', async () => {
    for (const after of ['garbage', encodeKeyset(['9e15', 1]), encodeKeyset([1, 2])]) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/booking/manage/bookings?status=pending&after=${after}`,
        headers: staff,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toBe('翻页位置无效，请下拉刷新后重新加载');
    }
  });
});

describe('the suspension records, page after page', () => {
  it('lists every suspension once, newest first, with the total on each page', async () => {
    const people = await Promise.all(Array.from({ length: 25 }, () => member()));
    const made = await t.db.query<{ id: number }>(
      `INSERT INTO booking_suspensions (member_id, union_id, starts_at, ends_at, reason)
       SELECT m, $2, now(), now() + interval '7 days', '30 天内 3 次未到场' FROM unnest($1::int[]) m RETURNING id`,
      [people.map((p) => p.id), tree.schoolId],
    );
    const first: Page = (
      await t.app.inject({ method: 'GET', url: '/api/booking/manage/suspensions?appeal=any&limit=10', headers: staff })
    ).json();
    expect(first.total).toBe(25);
    const { ids, sizes } = await walk('/api/booking/manage/suspensions?appeal=any&limit=10', staff);
    expect(sizes).toEqual([10, 10, 5]);
    expect(ids).toEqual(made.map((s) => s.id).sort((a, b) => b - a));
  });
});
