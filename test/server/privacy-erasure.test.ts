import fs from 'node:fs';
import path from 'node:path';
import { csv, importRoster } from './admin-fixtures';
import { ERASED, privacySuite, whereFound } from './privacy-fixtures';

const { w, privacy } = privacySuite();

type Figure = { section: string; label: string; kind: 'year' | 'snapshot'; value: number | null };

const figures = async (year: number): Promise<Figure[]> => {
  const response = await w.app.inject({
    method: 'GET',
    url: `/api/admin/annual-report/contents?year=${year}`,
    headers: w.staff.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json().figures;
};

/** Every row of a bystander, to show that erasing someone else changes nothing of theirs. */
const bystanderRows = () =>
  w.db.query(
    `SELECT (SELECT row_to_json(m) FROM members m WHERE m.id = $1) AS member,
            (SELECT json_agg(b ORDER BY b.id) FROM bookings b WHERE b.member_id = $1) AS bookings,
            (SELECT json_agg(h ORDER BY h.id) FROM help_requests h WHERE h.member_id = $1) AS help,
            (SELECT json_agg(n ORDER BY n.id) FROM notifications n WHERE n.member_id = $1) AS messages,
            (SELECT json_agg(p) FROM survey_participants p WHERE p.member_id = $1) AS surveys`,
    [w.bystander.id],
  );

describe('注销账号: one transaction, by the documented rules', () => {
  let before2025: Figure[];
  let bystanderBefore: unknown;

  beforeAll(async () => {
    // The search is not vacuous: every one of the three is stored in several places at first.
    expect((await whereFound(w.db, ERASED.name)).length).toBeGreaterThan(5);
    expect(await whereFound(w.db, ERASED.phone)).toEqual(
      expect.arrayContaining(['members.phone', 'club_announcements.body']),
    );
    expect(await whereFound(w.db, ERASED.openid)).toEqual(
      expect.arrayContaining(['members.openid', 'bind_failures.openid', 'subscribe_outbox.openid']),
    );
    before2025 = await figures(2025);
    bystanderBefore = await bystanderRows();
    const response = await privacy('DELETE', '/account', w.member.headers, { confirm: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ rulesVersion: '2026-2' });
  });

  it('leaves the name, phone and WeChat id nowhere in any text column of any table', async () => {
    expect(await whereFound(w.db, ERASED.name)).toEqual([]);
    expect(await whereFound(w.db, ERASED.phone)).toEqual([]);
    expect(await whereFound(w.db, ERASED.openid)).toEqual([]);
  });

  it('keeps every figure of the year exactly; only the roster as it stands now loses the account', async () => {
    const after = await figures(2025);
    const byLabel = (list: Figure[], kind: Figure['kind']) => list.filter((f) => f.kind === kind);
    expect(byLabel(after, 'year')).toEqual(byLabel(before2025, 'year'));
    // The year was not empty: the member's visits, sessions, case, event and answer all count.
    expect(after.find((f) => f.label === '到场签到（人次）')!.value).toBe(1);
    expect(after.find((f) => f.label === '完成的咨询（次）')!.value).toBe(1);
    expect(after.find((f) => f.label === '评价“满意”或“基本满意”（件）')!.value).toBe(1);
    expect(after.find((f) => f.label === '来访（人次）')!.value).toBe(1);
    expect(after.find((f) => f.label === '活动到场（人次）')!.value).toBe(1);
    expect(after.find((f) => f.label === '参与评议（人次）')!.value).toBe(2);
    expect(after.find((f) => f.label === '满意率（%）')!.value).toBe(50);
    const snapshot = (list: Figure[], label: string) => list.find((f) => f.label === label)!.value!;
    expect(snapshot(after, '在册会员（人）')).toBe(snapshot(before2025, '在册会员（人）') - 1);
    expect(snapshot(after, '已绑定微信（人）')).toBe(snapshot(before2025, '已绑定微信（人）') - 1);
  });

  it('keeps the records, anonymised, and clears what the member wrote', async () => {
    const [member] = await w.db.query(
      `SELECT name, phone, staff_no AS "staffNo", openid, branch_id AS "branchId", status FROM members WHERE id = $1`,
      [w.member.id],
    );
    expect(member).toEqual({
      name: '已注销会员',
      phone: '',
      staffNo: `#${w.member.id}`,
      openid: null,
      branchId: null,
      status: 'left',
    });
    const counts = await w.db.query(
      `SELECT (SELECT count(*)::int FROM bookings WHERE member_id = $1) AS bookings,
              (SELECT count(*)::int FROM help_requests WHERE member_id = $1) AS help,
              (SELECT count(*)::int FROM reception_appointments WHERE member_id = $1) AS reception,
              (SELECT count(*)::int FROM counselling_appointments WHERE id = ANY($2::int[]) AND member_id IS NULL AND note_sealed IS NULL AND alias_sealed IS NULL AND note IS NULL AND alias IS NULL) AS counselling,
              (SELECT count(*)::int FROM counselling_notes WHERE appointment_id = $3) AS "counsellorNotes",
              (SELECT count(*)::int FROM survey_participants WHERE member_id = $1) AS surveys,
              (SELECT count(*)::int FROM sessions WHERE member_id = $1) AS sessions`,
      [w.member.id, [w.ids.session, w.ids.upcomingSession], w.ids.session],
    );
    expect(counts).toEqual([
      { bookings: 3, help: 2, reception: 2, counselling: 2, counsellorNotes: 0, surveys: 1, sessions: 0 },
    ]);
    const [help] = await w.db.query(`SELECT title, description, rating, status FROM help_requests WHERE id = $1`, [
      w.ids.helpCase,
    ]);
    expect(help).toEqual({
      title: '（已随账号注销清除）',
      description: '（已随账号注销清除）',
      rating: 'satisfied',
      status: 'resolved',
    });
    const [open] = await w.db.query(`SELECT status FROM help_requests WHERE id = $1`, [w.ids.openCase]);
    expect(open).toEqual({ status: 'withdrawn' });
    const events = await w.db.query<{ body: string }>(`SELECT body FROM help_events WHERE request_id = $1`, [
      w.ids.helpCase,
    ]);
    expect(events.every((e) => e.body === '')).toBe(true);
  });

  it('deletes the attachments from the file store', async () => {
    expect(fs.existsSync(path.join(w.filesDir, ...w.ids.storageKey.split('/')))).toBe(false);
    expect(await w.db.query(`SELECT 1 FROM help_attachments WHERE storage_key = $1`, [w.ids.storageKey])).toEqual([]);
  });

  it('cancels what had not begun and gives the places back, to the waitlist first', async () => {
    const upcoming = await w.db.query(
      `SELECT (SELECT status FROM bookings WHERE member_id = $1 AND starts_at = $2) AS booking,
              (SELECT booked FROM booking_slots WHERE room_id = $3 AND starts_at = $2) AS "slotTaken",
              (SELECT status FROM counselling_appointments WHERE id = $4) AS counselling,
              (SELECT status FROM reception_appointments WHERE member_id = $1 AND slot_start > now()) AS reception,
              (SELECT status FROM club_event_signups WHERE event_id = $5 AND member_id = $6) AS waiter,
              (SELECT count(*)::int FROM club_members WHERE member_id = $1) AS clubs`,
      [w.member.id, w.ids.upcomingSlot, w.ids.room, w.ids.upcomingSession, w.ids.nextEvent, w.waiter.id],
    );
    expect(upcoming).toEqual([
      {
        booking: 'cancelled',
        slotTaken: 1,
        counselling: 'cancelled',
        reception: 'cancelled',
        waiter: 'confirmed',
        clubs: 0,
      },
    ]);
    const told = await w.db.query(`SELECT title FROM notifications WHERE member_id = $1`, [w.waiter.id]);
    expect(told).toEqual([{ title: '候补成功：周末训练' }]);
    const counsellorTold = await w.db.query(`SELECT title FROM notifications WHERE member_id = $1`, [
      w.counsellorMember.id,
    ]);
    expect(counsellorTold).toEqual([{ title: '有一个咨询预约已取消' }]);
  });

  it('rewrites the officers’ messages about the member’s records', async () => {
    const [reminder] = await w.db.query(`SELECT title, body FROM notifications WHERE member_id = $1`, [w.chair.id]);
    expect(reminder).toEqual({ title: '接待事项答复已逾期', body: '该会员已注销账号，相关内容已删除。' });
  });

  it('changes nothing of another member', async () => {
    expect(await bystanderRows()).toEqual(bystanderBefore);
  });

  it('records the erasure in the audit log as numbers only', async () => {
    const [entry] = await w.db.query<{ detail: Record<string, unknown> }>(
      `SELECT detail FROM audit_log WHERE action = 'privacy.account.erase' AND target_id = $1`,
      [String(w.member.id)],
    );
    expect(entry!.detail).toMatchObject({
      rulesVersion: '2026-2',
      bookingsCancelled: 1,
      counsellingCancelled: 1,
      receptionCancelled: 1,
      attachmentsDeleted: 1,
      helpWithdrawn: 1,
    });
    expect(Object.values(entry!.detail).every((v) => typeof v === 'number' || v === '2026-2')).toBe(true);
  });

  it('answers a second erasure from the same device with 410, and the old session with 401 elsewhere', async () => {
    const again = await privacy('DELETE', '/account', w.member.headers, { confirm: true });
    expect(again.statusCode).toBe(410);
    expect(again.json().message).toBe('该账号已注销');
    expect((await privacy('GET', '', w.member.headers)).statusCode).toBe(410);
    expect((await w.app.inject({ method: 'GET', url: '/api/me', headers: w.member.headers })).statusCode).toBe(401);
    const devLogin = await w.app.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      payload: { staffNo: w.member.staffNo },
    });
    expect(devLogin.statusCode).toBeGreaterThanOrEqual(400);
  });

  it('lets the roster import the person again, as a new member', async () => {
    const file = csv([[ERASED.name, w.member.staffNo, '', ERASED.phone, '在册']]);
    const report = await importRoster(w.t, w.staff.headers, file, { dryRun: false });
    expect(report.json()).toMatchObject({ created: 1, updated: 0 });
    const rows = await w.db.query<{ id: number }>(`SELECT id FROM members WHERE staff_no = $1`, [w.member.staffNo]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toBe(w.member.id);
    const [stillErased] = await w.db.query(`SELECT name FROM members WHERE id = $1`, [w.member.id]);
    expect(stillErased).toEqual({ name: '已注销会员' });
  });

  it('refuses to edit the erased account in the roster', async () => {
    const response = await w.app.inject({
      method: 'PATCH',
      url: `/api/admin/members/${w.member.id}`,
      headers: w.staff.headers,
      payload: { status: 'active' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('这位会员已注销账号，资料不能再修改；如需恢复，请重新导入名册');
  });
});
