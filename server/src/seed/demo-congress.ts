import * as clock from '../clock';
import type { Queryable } from '../db';
import { addDays, localDate } from '../time/beijing';
import { COMMITTEE, DELEGATES, DEPARTMENTS, MOTIONS } from './demo-congress-motions';

export async function seedCongressDemo(db: Queryable, now = clock.now()): Promise<void> {
  const today = localDate(now);
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000);
  const [school] = await db.query<{ id: number }>(`SELECT id FROM unions WHERE kind = 'school' ORDER BY id LIMIT 1`);
  const unionId = school!.id;
  const people = new Map(
    (
      await db.query<{ id: number; staffNo: string }>(
        `SELECT id, staff_no AS "staffNo" FROM members WHERE union_id = $1`,
        [unionId],
      )
    ).map((m) => [m.staffNo, m.id]),
  );
  const id = (staffNo: string) => people.get(staffNo)!;
  const staffId = id('S1002');

  for (const staffNo of DELEGATES) {
    await db.query(
      `INSERT INTO congress_delegates (union_id, term, member_id, committee) VALUES ($1, '第五届', $2, $3)`,
      [unionId, id(staffNo), COMMITTEE.includes(staffNo)],
    );
  }
  const departments = new Map<string, number>();
  for (const name of DEPARTMENTS) {
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO congress_departments (union_id, name) VALUES ($1, $2) RETURNING id`,
      [unionId, name],
    );
    departments.set(name, row!.id);
  }
  const [session] = await db.query<{ id: number }>(
    `INSERT INTO congress_sessions (union_id, term, title, opens_on, closes_on, published_at, created_by) VALUES ($1, '第五届', '第五届教代会第三次会议', $2, $3, $4, $5) RETURNING id`,
    [unionId, addDays(today, -20), addDays(today, 10), day(-1), staffId],
  );

  const ids: number[] = [];
  let number = 0;
  for (const [index, m] of MOTIONS.entries()) {
    const submitted = m.submittedDaysAgo !== undefined;
    const accepted = m.review?.accept;
    const rated = m.replies?.at(-1)?.rating;
    const status = !submitted
      ? 'draft'
      : !m.review
        ? 'submitted'
        : m.review.reject
          ? 'rejected'
          : m.review.mergeInto
            ? 'merged'
            : !m.replies
              ? 'accepted'
              : rated
                ? 'rated'
                : 'replied';
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO congress_motions (session_id, union_id, author_id, client_key, number, title, category, reason, proposal, status, submitted_at,
                                     reviewed_at, reviewed_by, reject_reason, reject_handling, merged_into_id, department_id, due_on, round, created_at, updated_at)
       VALUES ($1, $2, $3, gen_random_uuid(), $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) RETURNING id`,
      [
        session!.id,
        unionId,
        id(m.author),
        submitted ? (number += 1) : null,
        m.title,
        m.category,
        m.reason,
        m.proposal,
        status,
        submitted ? day(-m.submittedDaysAgo!) : null,
        m.review ? day(-m.review.daysAgo) : null,
        m.review ? id('S1001') : null,
        m.review?.reject ?? null,
        m.review?.reject ? 'suggestion' : null,
        m.review?.mergeInto ? ids[m.review.mergeInto]! : null,
        accepted ? departments.get(accepted.department)! : null,
        accepted ? addDays(localDate(day(-m.review!.daysAgo)), accepted.dueInDays) : null,
        m.replies?.length === 2 ? 2 : 1,
        day(-(m.submittedDaysAgo ?? 1) - 1),
      ],
    );
    ids[index] = row!.id;
    for (const staffNo of m.seconders)
      await db.query(`INSERT INTO congress_seconds (motion_id, member_id, created_at) VALUES ($1, $2, $3)`, [
        row!.id,
        id(staffNo),
        day(-(m.submittedDaysAgo ?? 0) - 1),
      ]);
    for (const [round, r] of (m.replies ?? []).entries()) {
      await db.query(
        `INSERT INTO congress_replies (motion_id, round, body, replied_by, replied_at, on_time, rating, rating_comment, rated_at) VALUES ($1, $2, $3, $4, $5, true, $6, $7, $8)`,
        [
          row!.id,
          round + 1,
          r.body,
          staffId,
          day(-r.daysAgo),
          r.rating ?? null,
          r.comment ?? null,
          r.rating ? day(-r.daysAgo + 0.5) : null,
        ],
      );
    }
  }
  await db.query(
    `INSERT INTO congress_suggestions (session_id, union_id, member_id, client_key, title, body, created_at) VALUES ($1, $2, $3, gen_random_uuid(), $4, $5, $6)`,
    [session!.id, unionId, id('S1006'), '图书室周末开放', '希望职工书屋周六上午开放，方便老师借书。', day(-3)],
  );
  await seedDisclosures(db, unionId, staffId, today, day);
}

async function seedDisclosures(
  db: Queryable,
  unionId: number,
  staffId: number,
  today: string,
  day: (offset: number) => Date,
) {
  const year = Number(today.slice(0, 4));
  const items: [string, string, string, string | null, number][] = [
    [
      'plan',
      `学校${year}—${year + 2}年发展规划（经教代会审议通过）`,
      '规划共五部分：办学目标、课程建设、教师发展、校园建设和保障措施。全文见附件或向校长办公室索取。',
      null,
      30,
    ],
    [
      'finance',
      `${year}年度学校财务预算`,
      '全年预算收入与支出情况已经教代会审议。主要支出：人员经费、公用经费、设备购置和校舍维修。',
      null,
      20,
    ],
    [
      'title',
      `${year}年中级职称评审推荐人选公示`,
      '经学校职称评审推荐小组评议，推荐以下 3 位教师参加中级职称评审：……',
      addDays(today, -2),
      9,
    ],
    [
      'hardship',
      `${year + 1}年春节困难补助发放名单公示`,
      '经个人申请、分工会审核、工会委员会研究，拟对以下 5 位教职工发放春节困难补助：……',
      addDays(today, 5),
      2,
    ],
  ];
  const ids: number[] = [];
  for (const [category, title, body, endsOn, daysAgo] of items) {
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO disclosures (union_id, category, title, body, objection_ends_on, client_key, published_by, published_at) VALUES ($1, $2, $3, $4, $5, gen_random_uuid(), $6, $7) RETURNING id`,
      [unionId, category, title, body, endsOn, staffId, day(-daysAgo)],
    );
    ids.push(row!.id);
  }
  await db.query(
    `INSERT INTO disclosure_objections (disclosure_id, member_id, client_key, body, answer, answered_by, answered_at, created_at)
     VALUES ($1, (SELECT id FROM members WHERE union_id = $2 AND staff_no = 'S1009'), gen_random_uuid(), $3, $4, $5, $6, $7)`,
    [
      ids[2],
      unionId,
      '推荐人选中有一位任教年限似乎不满五年，请核实。',
      '经人事处核实，该教师在外校任教年限可以连续计算，符合条件。',
      staffId,
      day(-3),
      day(-5),
    ],
  );
}
