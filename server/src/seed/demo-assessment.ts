import { today as beijingToday } from '../clock';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db';
import { addDays } from '../time/beijing';
import { DEFAULT_RESULTS, DEFAULT_STANDARD } from '../routes/assessment';
import { DEFAULT_KINDS } from '../routes/care';

const CITY = '江城市教育工会';
const SCHOOLS = ['新城区实验小学工会', '新城区第二中学工会'];

const idOf = async (db: Queryable, sql: string, params: unknown[]) =>
  (await db.query<{ id: number }>(sql, params))[0]!.id;

/**
 * 建家评家 in progress: the city's round of this year is open (the district follows its schools in it); 实验小学 has scored three items,
 * 第二中学 has scored every item, added the leadership's rating and submitted, waiting for review.
 */
async function seedRound(db: Queryable, today: string) {
  const cityId = await idOf(db, `SELECT id FROM unions WHERE name = $1`, [CITY]);
  const [first, second] = [
    await idOf(db, `SELECT id FROM unions WHERE name = $1`, [SCHOOLS[0]]),
    await idOf(db, `SELECT id FROM unions WHERE name = $1`, [SCHOOLS[1]]),
  ];
  const year = Number(today.slice(0, 4));
  const roundId = await idOf(
    db,
    `INSERT INTO assessment_rounds (union_id, year, title, opens_on, closes_on, items, results, created_by)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, (SELECT member_id FROM member_roles WHERE union_id = $1 LIMIT 1)) RETURNING id`,
    [
      cityId,
      year,
      `${year}年度全市“职工之家”建家评家`,
      addDays(today, -7),
      addDays(today, 30),
      JSON.stringify(DEFAULT_STANDARD),
      DEFAULT_RESULTS,
    ],
  );
  const draft = await idOf(db, `INSERT INTO self_assessments (round_id, union_id) VALUES ($1, $2) RETURNING id`, [
    roundId,
    first,
  ]);
  const started: [string, number, string][] = [
    ['org-1', 8, '工会委员会 7 人，经审会 3 人，女工委员会 5 人，分工见附表；本年召开委员会 6 次。'],
    ['org-2', 5, '3 月召开会员代表大会，审议工会工作报告和经费收支情况。'],
    ['hom-2', 3, '一楼大厅设公开栏，工会制度、服务项目和办事程序已上墙。'],
  ];
  for (const [key, score, evidence] of started) {
    await db.query(
      `INSERT INTO self_assessment_items (assessment_id, item_key, self_score, evidence) VALUES ($1, $2, $3, $4)`,
      [draft, key, score, evidence],
    );
  }
  const submitted = await idOf(
    db,
    `INSERT INTO self_assessments (round_id, union_id, status, leadership_rating, leadership_note, figures, submitted_at)
     VALUES ($1, $2, 'submitted', 'good', '学校党政联席会评价：工会工作扎实，教职工认可度高。', '{}'::jsonb, now() - interval '1 day') RETURNING id`,
    [roundId, second],
  );
  for (const item of DEFAULT_STANDARD) {
    await db.query(
      `INSERT INTO self_assessment_items (assessment_id, item_key, self_score, evidence) VALUES ($1, $2, $3, $4)`,
      [submitted, item.key, Math.max(item.points - 1, 0), `按${item.evidence}整理，材料已归档。`],
    );
  }
}

/** 送温暖: visits of this year at 实验小学, and two 困难职工 on its list. */
async function seedCare(db: Queryable, today: string) {
  const schoolId = await idOf(db, `SELECT id FROM unions WHERE name = $1`, [SCHOOLS[0]]);
  const member = (staffNo: string) =>
    idOf(db, `SELECT id FROM members WHERE union_id = $1 AND staff_no = $2`, [schoolId, staffNo]);
  const staff = await member('S1002');
  const visits: [string, string, number, string, number, string, string][] = [
    ['S1007', 'hospital', -12, '王建国、李秀梅', 500, '水果、鲜花', '阑尾炎手术，恢复良好'],
    ['S1010', 'retirement', -40, '王建国', 300, '纪念相册', '光荣退休，座谈会上致辞'],
    ['S1012', 'birth', -25, '李秀梅', 400, '婴儿用品', ''],
    ['S1008', 'festival', -80, '王建国、李秀梅', 800, '米、油', '教师节慰问困难职工'],
    ['S1015', 'education', -100, '李秀梅', 2000, '', '女儿考入大学，金秋助学'],
  ];
  for (const [staffNo, code, days, visitors, amount, gifts, note] of visits) {
    const careDate =
      addDays(today, days).slice(0, 4) === today.slice(0, 4) ? addDays(today, days) : `${today.slice(0, 4)}-01-02`;
    const kind = DEFAULT_KINDS.find((k) => k.code === code)!;
    await db.query(
      `INSERT INTO care_records (union_id, member_id, kind, kind_label, kind_group, care_date, visitors, amount, gifts, note, request_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        schoolId,
        await member(staffNo),
        kind.code,
        kind.label,
        kind.group,
        careDate,
        visitors,
        amount,
        gifts,
        note,
        randomUUID(),
        staff,
      ],
    );
  }
  for (const [staffNo, cause, days] of [
    ['S1008', '配偶重病，长期住院治疗', 60],
    ['S1015', '单亲家庭，子女在读大学', 3],
  ] as const) {
    await db.query(
      `INSERT INTO hardship_members (member_id, union_id, cause, review_on, flagged_by) VALUES ($1, $2, $3, $4, $5)`,
      [await member(staffNo), schoolId, cause, addDays(today, days), staff],
    );
  }
}

export async function seedDemoAssessmentAndCare(db: Queryable) {
  const today = beijingToday();
  await seedRound(db, today);
  await seedCare(db, today);
}
