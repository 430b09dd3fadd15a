import { ahead, beijingDate, ERASED, hours, one, type Seed } from './privacy-seed-services';

/** 主席接待日: a visit in 2025, answered and rated; one upcoming. */
export async function seedReception({ db, union, m, chair }: Seed) {
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
  return { visit };
}

/** 兴趣社团: a member of one club, an application to another, a 2025 event attended, an upcoming event whose only place they hold while someone waits. */
export async function seedClubs({ db, union, m, leader, waiter }: Seed) {
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
  return { club, nextEvent };
}

/** 会员评议: a 2025 evaluation the member took part in; the answer carries no member. */
export async function seedSurvey({ db, union, m, bystander }: Seed) {
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
  return { survey };
}
