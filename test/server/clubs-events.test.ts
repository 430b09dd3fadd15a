import type { createUnionTree } from '../support/factories';
import type { TestApp } from '../support/test-app';
import { type api, clubsApp, type Person, person } from './clubs-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Person;
let leader: Person;
let c: ReturnType<typeof api>;

beforeAll(async () => {
  ({ t, tree, c, staff, leader } = await clubsApp());
});
afterAll(() => t.close());

const members = (n: number) => Promise.all(Array.from({ length: n }, () => person(t.app, t.db, tree.schoolId)));
const statusOf = async (eventId: number) =>
  t.db.query<{ memberId: number; status: string }>(
    `SELECT member_id AS "memberId", status FROM club_event_signups WHERE event_id = $1 AND status <> 'cancelled' ORDER BY id`,
    [eventId],
  );

describe(`club events (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('lets only this club’s leaders create an event', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const [member] = await members(1);
    await c.join(member!.headers, club.id);
    const otherClubLeader = await person(t.app, t.db, tree.schoolId);
    await c.createClub(staff.headers, [otherClubLeader.id]);
    for (const who of [member!, otherClubLeader, staff]) {
      const refused = await c.call('POST', `/api/clubs/${club.id}/events`, who.headers, {
        title: '活动',
        place: '操场',
        startsAt: new Date(Date.now() + 7200_000).toISOString(),
        endsAt: new Date(Date.now() + 10800_000).toISOString(),
        signupDeadline: new Date(Date.now() + 3600_000).toISOString(),
        capacity: 5,
        audience: 'members',
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().message).toBe('只有本社团的负责人可以进行此操作');
    }
    const event = await c.createEvent(leader.headers, club.id, { title: '周三友谊赛' });
    const page = (await c.call('GET', `/api/clubs/${club.id}`, member!.headers)).json();
    expect(page.upcomingEvents.map((e: { id: number }) => e.id)).toEqual([event.id]);
  });

  it('refuses an event whose sign-up deadline falls after its start', async () => {
    const club = await c.createClub(staff.headers, [leader.id]);
    const response = await c.call('POST', `/api/clubs/${club.id}/events`, leader.headers, {
      title: '活动',
      place: '操场',
      startsAt: new Date(Date.now() + 7200_000).toISOString(),
      endsAt: new Date(Date.now() + 10800_000).toISOString(),
      signupDeadline: new Date(Date.now() + 9000_000).toISOString(),
      capacity: 5,
      audience: 'union',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('报名截止时间不能晚于活动开始时间');
  });

  it('never goes over capacity when 20 members sign up at once; the rest wait in order', async () => {
    const club = await c.createClub(staff.headers, [leader.id]);
    const event = await c.createEvent(leader.headers, club.id, { capacity: 5 });
    const crowd = await members(20);
    const responses = await Promise.all(crowd.map((m) => c.signUp(m.headers, event.id)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const statuses = responses.map((r) => r.json<{ mySignUp: { status: string } }>().mySignUp.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(15);

    const rows = await statusOf(event.id);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(5);
    const positions = await Promise.all(
      rows
        .filter((r) => r.status === 'waitlisted')
        .map(async (r) => {
          const who = crowd.find((m) => m.id === r.memberId)!;
          return (await c.call('GET', `/api/clubs/events/${event.id}`, who.headers)).json().mySignUp.waitlistPosition;
        }),
    );
    expect(positions).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('promotes the waitlist in order when confirmed members cancel at once, and tells each promoted member', async () => {
    const club = await c.createClub(staff.headers, [leader.id]);
    const event = await c.createEvent(leader.headers, club.id, { capacity: 3, title: '羽毛球双打' });
    const crowd = await members(8);
    for (const m of crowd) await c.signUp(m.headers, event.id);
    const confirmed = crowd.slice(0, 3);
    const waiting = crowd.slice(3);

    const cancels = await Promise.all(confirmed.slice(0, 2).map((m) => c.cancel(m.headers, event.id)));
    expect(cancels.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(cancels[0]!.json().mySignUp).toBeNull();

    const rows = await statusOf(event.id);
    expect(rows.filter((r) => r.status === 'confirmed').map((r) => r.memberId)).toEqual([
      confirmed[2]!.id,
      waiting[0]!.id,
      waiting[1]!.id,
    ]);
    expect(rows.filter((r) => r.status === 'waitlisted').map((r) => r.memberId)).toEqual(
      waiting.slice(2).map((m) => m.id),
    );

    const told = await t.db.query<{ memberId: number; title: string }>(
      `SELECT member_id AS "memberId", title FROM notifications WHERE kind = 'clubs' AND member_id = ANY($1::int[]) ORDER BY member_id`,
      [crowd.map((m) => m.id)],
    );
    // Exactly the two promoted members are told (listed by id: the crowd was created in parallel).
    const promoted = [waiting[0]!.id, waiting[1]!.id].sort((a, b) => a - b);
    expect(told).toEqual(promoted.map((memberId) => ({ memberId, title: '候补成功：羽毛球双打' })));

    // A waitlisted member who cancels frees no place and promotes no one.
    await c.cancel(waiting[3]!.headers, event.id);
    expect((await statusOf(event.id)).filter((r) => r.status === 'confirmed')).toHaveLength(3);
  });

  it('refuses a sign-up after the deadline, a second sign-up, and non-members for a members-only event', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const [member, outsider] = await members(2);
    await c.join(member!.headers, club.id);
    const event = await c.createEvent(leader.headers, club.id, { audience: 'members' });

    const outside = await c.signUp(outsider!.headers, event.id);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().message).toBe('本活动仅限社团成员报名');
    expect((await c.signUp(member!.headers, event.id)).statusCode).toBe(200);
    const twice = await c.signUp(member!.headers, event.id);
    expect(twice.json().message).toBe('您已报名本活动');

    await t.db.query(`UPDATE club_events SET signup_deadline = now() - interval '1 minute' WHERE id = $1`, [event.id]);
    await c.cancel(member!.headers, event.id);
    const late = await c.signUp(member!.headers, event.id);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('报名已截止');
  });

  it('lets the leader see sign-ups and mark attendance of confirmed members only', async () => {
    const club = await c.createClub(staff.headers, [leader.id]);
    const event = await c.createEvent(leader.headers, club.id, { capacity: 1 });
    const [first, second] = await members(2);
    await c.signUp(first!.headers, event.id);
    await c.signUp(second!.headers, event.id);

    expect((await c.call('GET', `/api/clubs/events/${event.id}/sign-ups`, first!.headers)).statusCode).toBe(403);
    const list = (await c.call('GET', `/api/clubs/events/${event.id}/sign-ups`, leader.headers)).json<{
      items: { memberId: number; status: string }[];
    }>();
    expect(list.items.map((i) => [i.memberId, i.status])).toEqual([
      [first!.id, 'confirmed'],
      [second!.id, 'waitlisted'],
    ]);

    const wrong = await c.call('PUT', `/api/clubs/events/${event.id}/attendance`, leader.headers, {
      items: [
        { memberId: first!.id, attended: true },
        { memberId: second!.id, attended: true },
      ],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toBe('只能为已正式报名的会员登记到场');
    const ok = await c.call('PUT', `/api/clubs/events/${event.id}/attendance`, leader.headers, {
      items: [{ memberId: first!.id, attended: true }],
    });
    expect(ok.statusCode).toBe(204);
    const rows = await t.db.query<{ memberId: number; attended: boolean | null }>(
      `SELECT member_id AS "memberId", attended FROM club_event_signups WHERE event_id = $1 ORDER BY id`,
      [event.id],
    );
    expect(rows).toEqual([
      { memberId: first!.id, attended: true },
      { memberId: second!.id, attended: null },
    ]);
  });
});
