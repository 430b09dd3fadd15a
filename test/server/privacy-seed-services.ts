import type { Queryable } from '../../server/src/db';
import { sealContext } from '../../server/src/routes/counselling/appointments-repository';
import { createFileStore, newStorageKey } from '../../server/src/services/file-store';
import { resolveKeyRing } from '../../server/src/services/key-ring';

// The records privacyWorld gives the member who is to be erased, feature by feature.

/** Whose data is erased: a name, phone and WeChat id found nowhere else in the database. */
export const ERASED = { name: '欧阳明远', phone: '13912345678', openid: 'oWxPrivacyTest-7d3f9a2c' };

/** Who and where: the database, the school, the member (m) and the people around them. */
export interface Seed {
  db: Queryable;
  union: number;
  m: number;
  filesDir: string;
  staff: { id: number };
  chair: { id: number };
  counsellorMember: { id: number };
  leader: { id: number };
  waiter: { id: number };
  bystander: { id: number };
}

export const one = async (db: Queryable, sql: string, params: unknown[] = []) =>
  (await db.query<{ id: number }>(sql, params))[0]!.id;

/** The instant `days` from now on the hour, so a "future" record stays future for the whole test. */
export const ahead = (days: number) => {
  const d = new Date(Date.now() + days * 86400_000);
  d.setUTCMinutes(0, 0, 0);
  return d;
};
export const hours = (d: Date, h: number) => new Date(d.getTime() + h * 3600_000);
export const beijingDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** 活动中心: two visits in 2025, one upcoming booking sharing a slot with the bystander. */
export async function seedBookings({ db, union, m, bystander }: Seed) {
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
  return { room, upcomingSlot };
}

/** 心理咨询: a completed session with the counsellor's sealed note, and one upcoming. */
export async function seedCounselling({ db, union, m, counsellorMember }: Seed) {
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
  return { counsellor, session, upcomingSession };
}

/** 困难帮扶: a case of 2025, resolved and rated, with an attachment and a visit; one still open. */
export async function seedHelp({ db, union, m, filesDir, staff, bystander }: Seed) {
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
  return { helpCase, openCase, storageKey };
}
