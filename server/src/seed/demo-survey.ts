import type { Queryable } from '../db';
import {
  type Choice,
  type Comment,
  newReceiptCode,
  openSurvey,
  STANDARD_TEMPLATE,
  surveyRepository,
} from '../routes/survey';

/**
 * The year's evaluation, open in both demo schools, from the standard template. Some members have
 * already answered so that results, the 分工会 breakdown and the roll-up have something to show;
 * S1005 张丽华 and S2003 宋佳 have not, so a demo (and the browser test) can answer as them.
 *
 * The made-up answers are written straight into the counted tables, as answers from before
 * migration 045 are: a real submission waits sealed until five can be counted together
 * (routes/survey/release.ts), and the demo would otherwise open on 样本不足. Nobody's privacy
 * is at stake in invented answers.
 */
const PLANS: Record<string, { answered: string[]; satisfaction: number[] }> = {
  新城区实验小学工会: {
    answered: ['S1001', 'S1002', 'S1003', 'S1006', 'S1007', 'S1009', 'S1010', 'S1011', 'S1013', 'S1014', 'S1018'],
    // 满意 8, 基本满意 1, 不满意 2: 81.8%, under the line.
    satisfaction: [0, 0, 2, 0, 0, 1, 0, 2, 0, 0, 0],
  },
  新城区第二中学工会: {
    answered: [
      'S2001',
      'S2002',
      'S2004',
      'S2005',
      'S2006',
      'S2007',
      'S2008',
      'S2009',
      'S2010',
      'S2011',
      'S2012',
      'S2013',
      'S2014',
      'S2015',
      'S2016',
      'S2017',
    ],
    // 满意 10, 基本满意 4, 不满意 2: 87.5%, over the line.
    satisfaction: [0, 1, 0, 0, 2, 0, 1, 0, 0, 1, 0, 2, 0, 1, 0, 0],
  },
};

const COMMENTS = [
  '希望职工活动中心周末也能开放。',
  '心理咨询预约很方便，希望增加咨询师的时段。',
  '职工书屋的新书可以再多一些。',
  '建议多组织青年教师和老教师一起参加的活动。',
  '困难帮扶很及时，感谢工会。',
  '教工休息室的条件还需要改善。',
];

function demoChoices(
  questions: Awaited<ReturnType<ReturnType<typeof surveyRepository>['questions']>>,
  i: number,
  satisfaction: number,
) {
  const choices: Record<string, Choice> = {};
  const comments: Comment[] = [];
  for (const q of questions) {
    if (q.satisfaction) choices[q.id] = satisfaction;
    else if (q.kind === 'rating') choices[q.id] = Math.max(1, 5 - ((i * 7 + q.position + satisfaction * 2) % 4));
    else if (q.kind === 'single') choices[q.id] = (i + q.position) % q.options.length;
    else if (q.kind === 'multiple')
      choices[q.id] = [...new Set([i % q.options.length, (i + 3) % q.options.length])].sort();
    else if (q.kind === 'text' && i % 2 === 0 && COMMENTS[i / 2])
      comments.push({ questionId: q.id, body: COMMENTS[i / 2]! });
  }
  return { choices, comments };
}

export async function seedDemoSurveys(tx: Queryable): Promise<void> {
  const repo = surveyRepository(tx);
  // A window around now: it opened three days ago and runs to the end of the year's evaluation season.
  const [window] = await tx.query<{ opensOn: string; closesOn: string; year: string }>(
    `SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai' - interval '3 days', 'YYYY-MM-DD') AS "opensOn",
            to_char(now() AT TIME ZONE 'Asia/Shanghai' + interval '38 days', 'YYYY-MM-DD') AS "closesOn",
            to_char(now() AT TIME ZONE 'Asia/Shanghai' - interval '3 days', 'YYYY') AS year`,
  );
  const { opensOn, closesOn, year } = window!;
  const schools = await tx.query<{ id: number; name: string }>(
    `SELECT id, name FROM unions WHERE kind = 'school' ORDER BY id`,
  );
  for (const school of schools) {
    const plan = PLANS[school.name];
    if (!plan) continue;
    const [staff] = await tx.query<{ id: number }>(
      `SELECT member_id AS id FROM member_roles WHERE union_id = $1 AND role = 'staff' LIMIT 1`,
      [school.id],
    );
    const id = await repo.create(
      school.id,
      staff?.id ?? null,
      {
        opensOn,
        closesOn,
        title: `${year}年度会员评议职工之家`,
        intro: STANDARD_TEMPLATE.intro,
        branchIds: [],
        passLine: 85,
        resultsVisible: true,
        byBranch: true,
      },
      STANDARD_TEMPLATE.questions,
    );
    await openSurvey(tx, {}, (await repo.find(id))!);
    const questions = await repo.questions(id);
    for (const [i, staffNo] of plan.answered.entries()) {
      const [member] = await tx.query<{ id: number; branch_id: number | null }>(
        `SELECT id, branch_id FROM members WHERE union_id = $1 AND staff_no = $2`,
        [school.id, staffNo],
      );
      if (!member) continue;
      const { choices, comments } = demoChoices(questions, i, plan.satisfaction[i] ?? 0);
      await tx.query(`INSERT INTO survey_participants (survey_id, member_id, receipt_code) VALUES ($1, $2, $3)`, [
        id,
        member.id,
        newReceiptCode(),
      ]);
      await tx.query(`INSERT INTO survey_answers (survey_id, branch_id, choices) VALUES ($1, $2, $3)`, [
        id,
        member.branch_id,
        choices,
      ]);
      for (const c of comments)
        await tx.query(`INSERT INTO survey_comments (survey_id, question_id, body) VALUES ($1, $2, $3)`, [
          id,
          c.questionId,
          c.body,
        ]);
    }
  }
}
