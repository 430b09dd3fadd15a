import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Queryable } from '../../server/src/db';
import { sealContext } from '../../server/src/routes/counselling/appointments-repository';
import { appointmentLink } from '../../server/src/routes/reception/messages';
import { createFileStore, newStorageKey } from '../../server/src/services/file-store';
import { resolveKeyRing } from '../../server/src/services/key-ring';
import { createMember, createUnionTree, signIn, type TestMember } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

export type Headers = Record<string, string>;

/** Whose data is erased: a name, phone and WeChat id found nowhere else in the database. */
export const ERASED = { name: '欧阳明远', phone: '13912345678', openid: 'oWxPrivacyTest-7d3f9a2c' };

const one = async (db: Queryable, sql: string, params: unknown[] = []) =>
  (await db.query<{ id: number }>(sql, params))[0]!.id;

/** The instant `days` from now on the hour, so a "future" record stays future for the whole test. */
const ahead = (days: number) => {
  const d = new Date(Date.now() + days * 86400_000);
  d.setUTCMinutes(0, 0, 0);
  return d;
};
const hours = (d: Date, h: number) => new Date(d.getTime() + h * 3600_000);
const beijingDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * A school where one member (ERASED) has records in every feature, past (in 2025, counted in that
 * year's figures) and upcoming (to be cancelled), next to an officer, a counsellor, a club leader,
 * a waitlisted member and a bystander whose data must not change.
 */
export async function privacyWorld() {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-privacy-files-'));
  process.env.FILE_STORE_DIR = filesDir;
  const t: TestApp = await createTestApp();
  const db = t.db;
  const tree = await createUnionTree(db);
  const union = tree.schoolId;
  const person = async (options: Parameters<typeof createMember>[2] = {}) => {
    const m = await createMember(db, union, options);
    return { ...m, headers: await signIn(t.app, m) };
  };
  const staff = await person({ roles: ['staff'], name: '李干事' });
  const chair = await person({ roles: ['chair'], name: '王主席' });
  const counsellorMember = await person({ roles: ['counsellor'], name: '陈咨询' });
  const leader = await person({ name: '赵社长' });
  const waiter = await person({ name: '钱候补' });
  const bystander = await person({ name: '司马静', branchId: tree.branchIds[1] });
  const member = await person({ name: ERASED.name, branchId: tree.branchIds[0] });
  await db.query(`UPDATE members SET phone = $2, openid = $3, bound_at = '2025-02-01T09:00:00+08:00' WHERE id = $1`, [
    member.id,
    ERASED.phone,
    ERASED.openid,
  ]);
  const m = member.id;

  // 登录与微信
  await db.query(`INSERT INTO bind_failures (openid) VALUES ($1)`, [ERASED.openid]);
  await db.query(
    `INSERT INTO bind_tickets (ticket_hash, openid, expires_at) VALUES ('privacy-ticket-hash', $1, now() + interval '10 minutes')`,
    [ERASED.openid],
  );
  await db.query(`INSERT INTO subscribe_grants (member_id, template_id, remaining) VALUES ($1, 'tmpl-booking', 2)`, [
    m,
  ]);
  await db.query(
    `INSERT INTO subscribe_outbox (member_id, openid, template_id, data) VALUES ($1, $2, 'tmpl-booking', '{"thing1": {"value": "预约成功"}}')`,
    [m, ERASED.openid],
  );

  // 活动中心: two visits in 2025, one upcoming booking sharing a slot with the bystander.
  const room = await one(
    db,
    `INSERT INTO rooms (union_id, code, name, mode, capacity, slot_minutes) VALUES ($1, 'PRIVROOM01', '乒乓球室', 'seats', 4, 60) RETURNING id`,
    [union],
  );
  const book = async (memberId: number, startsAt: Date, status: string, note = '') => {
    await db.query(
      `INSERT INTO booking_slots (room_id, starts_at, slot_date, capacity, booked) VALUES ($1, $2, $3, 4, 1)
       ON CONFLICT (room_id, starts_at) DO UPDATE SET booked = booking_slots.booked + 1`,
      [room, startsAt, beijingDate(startsAt)],
    );
    await db.query(
      `INSERT INTO bookings (room_id, member_id, starts_at, ends_at, slot_date, seats, status, note, checked_in_at)
       VALUES ($1, $2, $3, $4, $5, 1, $6, $7, CASE WHEN $6 = 'checked_in' THEN $3::timestamptz END)`,
      [room, memberId, startsAt, hours(startsAt, 1), beijingDate(startsAt), status, note],
    );
  };
  const upcomingSlot = ahead(3);
  await book(m, new Date('2025-03-10T10:00:00+08:00'), 'checked_in', `${ERASED.name}和同事打球`);
  await book(m, new Date('2025-04-01T10:00:00+08:00'), 'no_show');
  await book(m, upcomingSlot, 'confirmed', `联系电话${ERASED.phone}`);
  await book(bystander.id, upcomingSlot, 'confirmed', '司马静的预约');
  await db.query(
    `INSERT INTO booking_suspensions (member_id, union_id, starts_at, ends_at, reason, status, appeal_reason, appeal_status, appealed_at, appeal_reply)
     VALUES ($1, $2, '2025-04-02T00:00:00+08:00', '2025-04-09T00:00:00+08:00', '30 天内爽约 3 次', 'lifted', '那天孩子发烧，欧阳明远请假了', 'approved', '2025-04-02T12:00:00+08:00', '已核实')`,
    [m, union],
  );

  // 心理咨询: a completed session with the counsellor's sealed note, and one upcoming.
  const counsellor = await one(
    db,
    `INSERT INTO counsellors (union_id, member_id, display_name, modes) VALUES ($1, $2, '陈老师', ARRAY['phone', 'online']) RETURNING id`,
    [union, counsellorMember.id],
  );
  await db.query(
    `INSERT INTO counselling_consents (member_id, version, agreed_at) VALUES ($1, '2026-11', '2025-01-05T09:00:00+08:00')`,
    [m],
  );
  const past = new Date('2025-05-06T15:00:00+08:00');
  // The reason and alias are stored sealed, as the API writes them (the same key as the test app's).
  const ring = resolveKeyRing({ env: process.env, authMode: 'dev', warn: () => undefined });
  const nextId = async () =>
    one(db, `SELECT nextval(pg_get_serial_sequence('counselling_appointments', 'id'))::int AS id`, []);
  const sealed = (id: number, alias: string, note: string) => [
    id,
    ring.sealText(alias, sealContext(id, 'alias')),
    ring.sealText(note, sealContext(id, 'note')),
  ];
  const session = await one(
    db,
    `INSERT INTO counselling_appointments (id, union_id, counsellor_id, member_id, status, mode, starts_at, ends_at, held_until, alias_sealed, note_sealed, contact, rating, rated_at)
     OVERRIDING SYSTEM VALUE VALUES ($6, $1, $2, $3, 'completed', 'phone', $4, $5, $5, $7, $8, 'message', 5, $5) RETURNING id`,
    [union, counsellor, m, past, hours(past, 1), ...sealed(await nextId(), '小欧', '最近睡不好，想聊聊工作压力')],
  );
  await db.query(
    `INSERT INTO counselling_notes (appointment_id, author_id, key_id, iv, ciphertext, auth_tag)
     VALUES ($1, $2, '0123456789abcdef', decode(repeat('00', 12), 'hex'), decode('cafebabe', 'hex'), decode(repeat('11', 16), 'hex'))`,
    [session, counsellor],
  );
  const soon = ahead(5);
  const upcomingSession = await one(
    db,
    `INSERT INTO counselling_appointments (id, union_id, counsellor_id, member_id, status, mode, starts_at, ends_at, held_until, alias_sealed, note_sealed, contact, arrangement, upcoming_slot)
     OVERRIDING SYSTEM VALUE VALUES ($6, $1, $2, $3, 'confirmed', 'online', $4, $5, $5, $7, $8, 'phone', '腾讯会议 123', 1) RETURNING id`,
    [union, counsellor, m, soon, hours(soon, 1), ...sealed(await nextId(), '小欧', '想继续聊')],
  );

  // 困难帮扶: a case of 2025, resolved and rated, with an attachment and a visit; one still open.
  const category = await one(db, `INSERT INTO help_categories (union_id, name) VALUES ($1, '大病医疗') RETURNING id`, [
    union,
  ]);
  const helpAt = new Date('2025-06-01T09:00:00+08:00');
  const helpCase = await one(
    db,
    `INSERT INTO help_requests (union_id, member_id, category_id, title, description, urgency, contact_preference, status, handler_id, response_due_on,
                                accepted_at, outcome, resolved_at, rating, rating_comment, rated_at, created_at, updated_at)
     VALUES ($1, $2, $3, '欧阳明远母亲住院', $4, 'urgent', 'phone', 'resolved', $5, '2025-06-06', $6, '已发放大病救助金', $6, 'satisfied', '谢谢工会', $6, $6, $6)
     RETURNING id`,
    [union, m, category, `母亲住院，自付三万元。电话 ${ERASED.phone}`, staff.id, helpAt],
  );
  await db.query(
    `INSERT INTO help_events (request_id, kind, internal, actor_id, actor_role, body, created_at) VALUES
       ($1, 'submitted', false, $2, 'member', '', $3), ($1, 'reply', false, $4, 'handler', '欧阳老师您好，已收到', $3),
       ($1, 'note', true, $4, 'handler', '家访发现情况属实', $3)`,
    [helpCase, m, helpAt, staff.id],
  );
  const storageKey = newStorageKey('help', helpAt);
  await createFileStore({ kind: 'local', dir: filesDir }).put(
    storageKey,
    Buffer.from('%PDF-1.4 病历'),
    'application/pdf',
  );
  await db.query(
    `INSERT INTO help_attachments (request_id, uploaded_by, storage_key, file_name, content_type, size_bytes) VALUES ($1, $2, $3, '欧阳明远病历.pdf', 'application/pdf', 12)`,
    [helpCase, m, storageKey],
  );
  await db.query(
    `INSERT INTO help_visits (request_id, due_on, status, outcome, done_at, done_by) VALUES ($1, '2025-07-01', 'done', '欧阳明远母亲已出院', '2025-07-01T10:00:00+08:00', $2),
                                                                                  ($1, '2099-01-01', 'planned', NULL, NULL, NULL)`,
    [helpCase, staff.id],
  );
  const openCase = await one(
    db,
    `INSERT INTO help_requests (union_id, member_id, category_id, title, description, urgency, contact_preference, status, response_due_on, created_at, updated_at)
     VALUES ($1, $2, $3, '子女入学咨询', '想了解子女入学政策', 'normal', 'message', 'submitted', '2099-01-01', now(), now()) RETURNING id`,
    [union, m, category],
  );
  await db.query(
    `INSERT INTO help_requests (union_id, member_id, category_id, title, description, urgency, contact_preference, status, response_due_on, created_at, updated_at)
     VALUES ($1, $2, $3, '司马静的求助', '司马静的情况说明', 'normal', 'message', 'submitted', '2099-01-01', now(), now())`,
    [union, bystander.id, category],
  );

  // 主席接待日: a visit in 2025, answered and rated; one upcoming.
  const receptionSession = async (start: Date) =>
    one(
      db,
      `INSERT INTO reception_sessions (union_id, session_date, starts_at, ends_at, slot_minutes, place, receiver_id, receiver_role)
       VALUES ($1, $2, $3, $4, 20, '工会办公室', $5, 'chair') RETURNING id`,
      [union, beijingDate(start), start, hours(start, 3), chair.id],
    );
  const visitAt = new Date('2025-09-10T14:00:00+08:00');
  const visit = await one(
    db,
    `INSERT INTO reception_appointments (session_id, union_id, member_id, slot_start, slot_end, topic, description, status, attendance_at,
                                         raised, registered_at, due_on, reply, replied_at, rating, rating_comment, rated_at)
     VALUES ($1, $2, $3, $4, $5, 'work', '欧阳明远反映课时安排', 'arrived', $4, '每周课时 20 节，希望调整', $4, '2025-09-17', '已调整为 16 节', $5, 'satisfied', '满意', $5)
     RETURNING id`,
    [await receptionSession(visitAt), union, m, visitAt, new Date(visitAt.getTime() + 20 * 60_000)],
  );
  const nextVisit = ahead(6);
  await db.query(
    `INSERT INTO reception_appointments (session_id, union_id, member_id, slot_start, slot_end, topic, description)
     VALUES ($1, $2, $3, $4, $5, 'life', '宿舍热水问题')`,
    [await receptionSession(nextVisit), union, m, nextVisit, new Date(nextVisit.getTime() + 20 * 60_000)],
  );

  // 兴趣社团: a member of one club, an application to another, a 2025 event attended, an upcoming
  // event whose only place they hold while someone waits.
  const club = await one(
    db,
    `INSERT INTO clubs (union_id, name, category, join_policy) VALUES ($1, '乒乓球社', 'sports', 'open') RETURNING id`,
    [union],
  );
  const otherClub = await one(
    db,
    `INSERT INTO clubs (union_id, name, category, join_policy) VALUES ($1, '书法社', 'arts', 'approval') RETURNING id`,
    [union],
  );
  await db.query(`INSERT INTO club_members (club_id, member_id, role) VALUES ($1, $2, 'leader'), ($1, $3, 'member')`, [
    club,
    leader.id,
    m,
  ]);
  await db.query(`INSERT INTO club_applications (club_id, member_id, reason) VALUES ($1, $2, '欧阳明远练过十年书法')`, [
    otherClub,
    m,
  ]);
  await db.query(`INSERT INTO club_announcements (club_id, author_id, body) VALUES ($1, $2, $3)`, [
    club,
    leader.id,
    `周三训练，有事找 ${ERASED.phone}`,
  ]);
  const event = async (title: string, start: Date, capacity: number) =>
    one(
      db,
      `INSERT INTO club_events (club_id, title, place, starts_at, ends_at, capacity, signup_deadline, audience, created_by)
       VALUES ($1, $2, '活动室', $3, $4, $5, $3, 'members', $6) RETURNING id`,
      [club, title, start, hours(start, 2), capacity, leader.id],
    );
  const pastEvent = await event('校内友谊赛', new Date('2025-10-15T16:00:00+08:00'), 10);
  await db.query(
    `INSERT INTO club_event_signups (event_id, member_id, status, attended) VALUES ($1, $2, 'confirmed', true)`,
    [pastEvent, m],
  );
  const nextEvent = await event('周末训练', ahead(8), 1);
  await db.query(
    `INSERT INTO club_event_signups (event_id, member_id, status) VALUES ($1, $2, 'confirmed'), ($1, $3, 'waitlisted')`,
    [nextEvent, m, waiter.id],
  );

  // 会员评议: a 2025 evaluation the member took part in; the answer carries no member.
  const survey = await one(
    db,
    `INSERT INTO surveys (union_id, year, title, status, opens_at, closes_at) VALUES ($1, 2025, '2025年度会员评议', 'draft', '2025-11-01T00:00:00+08:00', '2025-12-20T00:00:00+08:00') RETURNING id`,
    [union],
  );
  const question = await one(
    db,
    `INSERT INTO survey_questions (survey_id, position, kind, title, options, satisfaction) VALUES ($1, 1, 'single', '总体满意度', '["满意", "基本满意", "不满意"]', true) RETURNING id`,
    [survey],
  );
  const text = await one(
    db,
    `INSERT INTO survey_questions (survey_id, position, kind, title, required) VALUES ($1, 2, 'text', '意见建议', false) RETURNING id`,
    [survey],
  );
  await db.query(`UPDATE surveys SET status = 'closed', closed_at = closes_at WHERE id = $1`, [survey]);
  await db.query(
    `INSERT INTO survey_participants (survey_id, member_id, receipt_code) VALUES ($1, $2, 'ABCD-EFGH-JKLM'), ($1, $3, 'BCDE-FGHJ-KLMN')`,
    [survey, m, bystander.id],
  );
  await db.query(`INSERT INTO survey_answers (survey_id, choices) VALUES ($1, $2), ($1, $3)`, [
    survey,
    JSON.stringify({ [question]: 0 }),
    JSON.stringify({ [question]: 2 }),
  ]);
  await db.query(`INSERT INTO survey_comments (survey_id, question_id, body) VALUES ($1, $2, '食堂饭菜可以再改进')`, [
    survey,
    text,
  ]);

  // 消息: the member's own, and the chair's reminder about the member's visit (which names them).
  await db.query(
    `INSERT INTO notifications (member_id, kind, title, body) VALUES ($1, 'welcome', '欢迎使用教职工之家', '欧阳明远老师您好'), ($1, 'booking', '预约成功：乒乓球室', '请准时到场')`,
    [m],
  );
  await db.query(
    `INSERT INTO notifications (member_id, kind, title, body, link) VALUES ($1, 'reception', '接待事项答复已逾期', $2, $3)`,
    [chair.id, `${ERASED.name} 9月10日 反映的问题，答复期限为9月17日，尚未答复。`, appointmentLink(visit)],
  );

  return {
    t,
    app: t.app,
    db,
    tree,
    filesDir,
    staff,
    chair,
    counsellorMember,
    leader,
    waiter,
    bystander,
    member,
    ids: {
      room,
      upcomingSlot,
      counsellor,
      session,
      upcomingSession,
      helpCase,
      openCase,
      storageKey,
      visit,
      club,
      nextEvent,
      survey,
    },
    async close() {
      await t.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
export type PrivacyWorld = Awaited<ReturnType<typeof privacyWorld>>;
export type { TestMember };

/**
 * Every place a text appears: each text, varchar, json, jsonb and array column of every table,
 * read from information_schema, so that a table added by a later feature is searched too.
 */
export async function whereFound(db: Queryable, needle: string): Promise<string[]> {
  const columns = await db.query<{ table: string; column: string }>(
    `SELECT c.table_name AS "table", c.column_name AS "column"
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
      ORDER BY 1, 2`,
  );
  const found: string[] = [];
  for (const { table, column } of columns) {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`,
      [needle],
    );
    if (row!.n > 0) found.push(`${table}.${column}`);
  }
  return found;
}
