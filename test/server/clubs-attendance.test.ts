import ExcelJS from 'exceljs';
import { createClubReminders } from '../../server/src/jobs/club-reminders';
import { addDays, localDate } from '../../server/src/time/beijing';
import type { createUnionTree } from '../support/factories';
import type { TestApp } from '../support/test-app';
import { at, createRoom } from './booking-fixtures';
import { type api, clubsApp, type Headers, type Person, person } from './clubs-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Person;
let leader: Person;
let c: ReturnType<typeof api>;

beforeAll(async () => {
  ({ t, tree, c, staff, leader } = await clubsApp());
});
afterAll(() => t.close());

const MINUTE = 60_000;
const members = (n: number) => Promise.all(Array.from({ length: n }, () => person(t.app, t.db, tree.schoolId)));
const checkIn = (who: Headers, code: string) => c.call('POST', '/api/clubs/check-in', who, { code });
const codeOf = async (eventId: number) =>
  (await c.call('GET', `/api/clubs/events/${eventId}`, leader.headers)).json<{ checkInCode: string }>().checkInCode;
/** Moves an event in time (the API only creates events whose sign-up is still open). */
const moveEvent = (eventId: number, startsInMinutes: number, endsInMinutes: number) =>
  t.db.query(
    `UPDATE club_events SET signup_deadline = now() + make_interval(mins => $2) - interval '1 hour',
            starts_at = now() + make_interval(mins => $2), ends_at = now() + make_interval(mins => $3) WHERE id = $1`,
    [eventId, startsInMinutes, endsInMinutes],
  );
const signUpRow = async (eventId: number, memberId: number) =>
  (
    await t.db.query<{ attended: boolean | null; scanned: boolean }>(
      `SELECT attended, checked_in_at IS NOT NULL AS scanned FROM club_event_signups WHERE event_id = $1 AND member_id = $2 AND status <> 'cancelled'`,
      [eventId, memberId],
    )
  )[0] ?? null;

describe(`attendance by the event’s QR code (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('shows the code to the club’s leaders only, and the QR image to them only', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const event = await c.createEvent(leader.headers, club.id);
    const [member] = await members(1);
    expect(await codeOf(event.id)).toMatch(/^[A-Z0-9]{12}$/);
    expect((await c.call('GET', `/api/clubs/events/${event.id}`, member!.headers)).json().checkInCode).toBeNull();

    const qr = await c.call('GET', `/api/clubs/events/${event.id}/qr`, leader.headers);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toBe('image/png');
    expect(qr.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const refused = await c.call('GET', `/api/clubs/events/${event.id}/qr`, member!.headers);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('只有本社团的负责人可以进行此操作');
  });

  it('checks in a signed-up member only within the window, once, and refuses everyone else with the reason', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const event = await c.createEvent(leader.headers, club.id, { capacity: 1, title: '周末徒步' });
    const [signedUp, waiting, stranger] = await members(3);
    await c.signUp(signedUp!.headers, event.id);
    await c.signUp(waiting!.headers, event.id);
    const code = await codeOf(event.id);

    await moveEvent(event.id, 45, 120);
    const early = await checkIn(signedUp!.headers, code);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/^还没到签到时间：活动开始前 30 分钟（\d+月\d+日 周. \d\d:\d\d）起可以签到$/);

    await moveEvent(event.id, 20, 120);
    const ok = await checkIn(signedUp!.headers, code.toLowerCase());
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ event: { id: event.id, title: '周末徒步' }, alreadyCheckedIn: false });
    expect(await signUpRow(event.id, signedUp!.id)).toEqual({ attended: true, scanned: true });
    expect((await checkIn(signedUp!.headers, code)).json()).toMatchObject({ alreadyCheckedIn: true });

    const notSignedUp = await checkIn(stranger!.headers, code);
    expect(notSignedUp.statusCode).toBe(403);
    expect(notSignedUp.json().message).toBe('您没有报名本活动，不能签到。如需参加，请联系活动负责人');
    expect(await signUpRow(event.id, stranger!.id)).toBeNull();
    const waitlisted = await checkIn(waiting!.headers, code);
    expect(waitlisted.statusCode).toBe(409);
    expect(waitlisted.json().message).toBe('您在候补名单中，尚未获得名额，不能签到');
    expect(await signUpRow(event.id, waiting!.id)).toEqual({ attended: null, scanned: false });

    const unknown = await checkIn(signedUp!.headers, 'NOSUCHCODE00');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('签到码无效，请扫描负责人出示的活动签到码');
    const elsewhere = await person(t.app, t.db, tree.otherSchoolId);
    expect((await checkIn(elsewhere.headers, code)).statusCode).toBe(404);

    await moveEvent(event.id, -120, -1);
    await t.db.query(`UPDATE club_event_signups SET attended = NULL, checked_in_at = NULL WHERE event_id = $1`, [
      event.id,
    ]);
    const late = await checkIn(signedUp!.headers, code);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('活动已结束，不能再扫码签到。如确已到场，请联系负责人补登');
    expect(await signUpRow(event.id, signedUp!.id)).toEqual({ attended: null, scanned: false });
  });

  it('marks the event’s room bookings as used once the first member checks in', async () => {
    const room = await createRoom(t.app, staff.headers, { name: '多功能厅', mode: 'whole', capacity: 30 });
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const day = addDays(localDate(new Date()), 2);
    const created = await c.call('POST', `/api/clubs/${club.id}/events`, leader.headers, {
      title: '合唱排练',
      startsAt: at(day, '10:00').toISOString(),
      endsAt: at(day, '12:00').toISOString(),
      signupDeadline: at(day, '09:00').toISOString(),
      capacity: 20,
      audience: 'union',
      roomId: room.id,
    });
    expect(created.statusCode).toBe(201);
    const event = created.json<{ id: number }>();
    const [singer] = await members(1);
    await c.signUp(singer!.headers, event.id);
    await moveEvent(event.id, 10, 130);
    expect((await checkIn(singer!.headers, await codeOf(event.id))).statusCode).toBe(200);
    const statuses = await t.db.query<{ status: string }>(
      `SELECT status FROM bookings WHERE room_id = $1 ORDER BY starts_at`,
      [room.id],
    );
    expect(statuses.map((s) => s.status)).toEqual(['checked_in', 'checked_in']);
  });
});

describe('reminders before events', () => {
  it('reminds each confirmed member once, even with two instances running, and no one else', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const soon = await c.createEvent(leader.headers, club.id, {
      title: '午间太极',
      capacity: 2,
      startsAt: new Date(Date.now() + 90 * MINUTE).toISOString(),
      endsAt: new Date(Date.now() + 150 * MINUTE).toISOString(),
      signupDeadline: new Date(Date.now() + 30 * MINUTE).toISOString(),
    });
    const later = await c.createEvent(leader.headers, club.id, { title: '周末登山' });
    const [early, justNow, waiting, laterMember] = await members(4);
    for (const m of [early!, justNow!, waiting!]) await c.signUp(m.headers, soon.id);
    await c.signUp(laterMember!.headers, later.id);
    // `early` signed up yesterday; `justNow` only now, and already knows; `waiting` holds no place.
    await t.db.query(
      `UPDATE club_event_signups SET created_at = now() - interval '1 day' WHERE member_id = ANY($1::int[])`,
      [[early!.id, waiting!.id, laterMember!.id]],
    );

    const first = createClubReminders({ db: t.db, templates: {} });
    const second = createClubReminders({ db: t.db, templates: {} });
    const counts = await Promise.all([first.runOnce(), second.runOnce()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await first.runOnce()).toBe(0);

    const told = await t.db.query<{ memberId: number; title: string; link: string }>(
      `SELECT member_id AS "memberId", title, link FROM notifications WHERE kind = 'clubs' AND member_id = ANY($1::int[]) ORDER BY id`,
      [[early!.id, justNow!.id, waiting!.id, laterMember!.id]],
    );
    expect(told).toEqual([
      { memberId: early!.id, title: '活动即将开始：午间太极', link: `/packages/clubs/pages/event/index?id=${soon.id}` },
    ]);
  });
});

describe('the XLSX export of members and attendance', () => {
  it('holds every member and every sign-up with attendance, for leaders and staff only', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open', name: '书画社' });
    const [scanned, marked, waiting] = await members(3);
    for (const m of [scanned!, marked!, waiting!]) await c.join(m.headers, club.id);
    const event = await c.createEvent(leader.headers, club.id, { title: '写春联', capacity: 2 });
    for (const m of [scanned!, marked!, waiting!]) await c.signUp(m.headers, event.id);
    await moveEvent(event.id, 10, 100);
    expect((await checkIn(scanned!.headers, await codeOf(event.id))).statusCode).toBe(200);
    await c.call('PUT', `/api/clubs/events/${event.id}/attendance`, leader.headers, {
      items: [{ memberId: marked!.id, attended: true }],
    });

    const refused = await c.call('GET', `/api/clubs/${club.id}/export`, scanned!.headers);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('只有本社团负责人和工会干事可以导出');
    expect((await c.call('GET', `/api/clubs/${club.id}/export`, staff.headers)).statusCode).toBe(200);
    const response = await c.call('GET', `/api/clubs/${club.id}/export`, leader.headers);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows = (sheet: string) => {
      const out: unknown[][] = [];
      workbook.getWorksheet(sheet)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const roster = rows('成员名单');
    expect(roster[0]).toEqual(['书画社 成员名单（共 4 人）']);
    expect(roster.slice(2).map((r) => [r[1], r[2], r[4]])).toEqual([
      [expect.any(String), expect.any(String), '负责人'],
      ...[scanned!, marked!, waiting!].map((m) => [m.name, m.staffNo, '成员']),
    ]);
    const detail = rows('签到明细')
      .slice(1)
      .map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]]);
    expect(detail).toEqual([
      ['写春联', scanned!.name, scanned!.staffNo, '已报名', '已到', '扫码签到'],
      ['写春联', marked!.name, marked!.staffNo, '已报名', '已到', '负责人登记'],
      ['写春联', waiting!.name, waiting!.staffNo, '候补', '—', ''],
    ]);
    expect(rows('活动汇总')[1]!.slice(4, 9)).toEqual([2, 2, 1, 2, '100%']);
  });
});
