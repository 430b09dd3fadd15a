import * as clock from '../clock';
import type { Queryable } from '../db';
import { helpRepository, type HelpStatus, addWorkingDays, beijingDate, plusDays } from '../routes/help';

const DAY_MS = 86_400_000;
const SCHOOL = '新城区实验小学工会';
const HANDLER = 'S1002';

type Step = {
  kind: string;
  daysAgo: number;
  by: 'member' | 'handler';
  body?: string;
  status?: HelpStatus;
  internal?: boolean;
};
interface DemoCase {
  staffNo: string;
  category: string;
  title: string;
  description: string;
  urgency: 'normal' | 'urgent' | 'critical';
  contact: 'phone' | 'wechat' | 'in_person' | 'message';
  anonymous?: boolean;
  daysAgo: number;
  status: HelpStatus;
  steps: Step[];
  rating?: 'satisfied' | 'basically_satisfied' | 'dissatisfied';
  /** 回访 planned this many days after the resolution. */
  visitsAfter?: number[];
}

// Handled by 李秀梅 (S1002): one of each situation a handler meets, including one overdue and one with a 回访 due today.
const CASES: DemoCase[] = [
  {
    staffNo: 'S1005',
    category: '大病医疗',
    title: '母亲住院，医疗费用压力大',
    description: '母亲十月份确诊住院，医保报销后自付部分已超过三万元，想了解工会大病救助怎么申请、需要哪些材料。',
    urgency: 'urgent',
    contact: 'phone',
    daysAgo: 3,
    status: 'in_progress',
    steps: [
      { kind: 'accepted', daysAgo: 2.9, by: 'handler', body: '由李秀梅办理', status: 'accepted' },
      { kind: 'started', daysAgo: 1.2, by: 'handler', status: 'in_progress' },
      {
        kind: 'note',
        daysAgo: 1.2,
        by: 'handler',
        body: '已电话联系本人，家庭人均收入符合大病救助条件。',
        internal: true,
      },
      {
        kind: 'reply',
        daysAgo: 1.1,
        by: 'handler',
        body: '张老师您好，请准备住院病历、费用清单和医保结算单，拍照上传或交到工会办公室，我们本周内报区教育工会。',
      },
    ],
  },
  {
    staffNo: 'S1006',
    category: '子女教育',
    title: '孩子入学报名材料咨询',
    description: '孩子明年上小学，户籍和居住地不在同一学区，想咨询教职工子女入学政策和需要准备的材料。',
    urgency: 'normal',
    contact: 'wechat',
    daysAgo: 12,
    status: 'accepted',
    steps: [{ kind: 'accepted', daysAgo: 11, by: 'handler', body: '由李秀梅办理', status: 'accepted' }],
  },
  {
    staffNo: 'S1007',
    category: '劳动人事争议调解',
    title: '合同续签时岗位调整有异议',
    description: '今年合同续签，学校拟将我从教学岗调整到教辅岗，本人有异议，希望工会协调。',
    urgency: 'urgent',
    contact: 'in_person',
    daysAgo: 4,
    status: 'waiting_member',
    steps: [
      { kind: 'accepted', daysAgo: 3.8, by: 'handler', body: '由李秀梅办理', status: 'accepted' },
      { kind: 'started', daysAgo: 3, by: 'handler', status: 'in_progress' },
      {
        kind: 'info_requested',
        daysAgo: 1,
        by: 'handler',
        body: '请补充现有劳动合同和岗位调整通知的照片，便于我们与人事处沟通。',
        status: 'waiting_member',
      },
    ],
  },
  {
    staffNo: 'S1008',
    category: '生活困难',
    title: '家中老房漏雨急需维修',
    description: '父母住的老房子屋顶漏雨，维修报价一万二千元，家里一时拿不出。',
    urgency: 'normal',
    contact: 'phone',
    daysAgo: 45,
    status: 'closed',
    rating: 'satisfied',
    visitsAfter: [30, 90],
    steps: [
      { kind: 'accepted', daysAgo: 44, by: 'handler', body: '由李秀梅办理', status: 'accepted' },
      {
        kind: 'reply',
        daysAgo: 41,
        by: 'handler',
        body: '已上报工会委员会研究，符合生活困难补助条件。',
        status: 'in_progress',
      },
      {
        kind: 'resolved',
        daysAgo: 30,
        by: 'handler',
        body: '经工会委员会研究，发放生活困难补助 3000 元，已打入工资卡。',
        status: 'resolved',
      },
      { kind: 'rated', daysAgo: 29, by: 'member', body: '满意：谢谢工会的关心', status: 'closed' },
    ],
  },
  {
    staffNo: 'S1009',
    category: '意见建议',
    title: '建议延长职工书屋开放时间',
    description: '职工书屋下午五点就关门，老师们下班后想看书借书都来不及，建议延长到晚上七点。',
    urgency: 'normal',
    contact: 'message',
    anonymous: true,
    daysAgo: 1,
    status: 'submitted',
    steps: [],
  },
  {
    staffNo: 'S1010',
    category: '法律咨询',
    title: '购房合同违约金问题咨询',
    description: '开发商逾期交房八个月，合同约定的违约金开发商不认，想咨询怎么维权。',
    urgency: 'normal',
    contact: 'phone',
    daysAgo: 9,
    status: 'resolved',
    steps: [
      { kind: 'accepted', daysAgo: 8.8, by: 'handler', body: '由李秀梅办理', status: 'accepted' },
      {
        kind: 'reply',
        daysAgo: 7,
        by: 'handler',
        body: '已为您预约区总工会法律援助律师，下周二下午面谈。',
        status: 'in_progress',
      },
      {
        kind: 'resolved',
        daysAgo: 2,
        by: 'handler',
        body: '律师已出具书面意见，建议先发律师函催告，必要时申请仲裁。',
        status: 'resolved',
      },
    ],
  },
];

/** Help cases of 新城区实验小学工会 in their various states, for the demo (run inside seedDemo's transaction). */
export async function seedDemoHelp(tx: Queryable, now = clock.now()): Promise<void> {
  const [school] = await tx.query<{ id: number }>(`SELECT id FROM unions WHERE name = $1`, [SCHOOL]);
  if (!school) return;
  const repo = helpRepository(tx);
  const categories = await repo.categories(school.id, false);
  const people = await tx.query<{ id: number; staffNo: string }>(
    `SELECT id, staff_no AS "staffNo" FROM members WHERE union_id = $1`,
    [school.id],
  );
  const idOf = (staffNo: string) => people.find((p) => p.staffNo === staffNo)!.id;
  const handlerId = idOf(HANDLER);
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

  for (const c of CASES) {
    const createdAt = ago(c.daysAgo);
    const memberId = idOf(c.staffNo);
    const stepAt = (kind: string) => c.steps.find((s) => s.kind === kind);
    const answered = c.steps.find((s) => s.kind === 'reply' || s.kind === 'resolved');
    const resolved = stepAt('resolved');
    const id = await repo.insertRequest({
      unionId: school.id,
      memberId,
      categoryId: categories.find((k) => k.name === c.category)!.id,
      title: c.title,
      description: c.description,
      urgency: c.urgency,
      contactPreference: c.contact,
      anonymous: c.anonymous ?? false,
      source: 'member',
      sourceRef: null,
      status: 'submitted',
      handlerId: null,
      responseDueOn: addWorkingDays(beijingDate(createdAt), 5, []),
      at: createdAt,
    });
    await repo.addEvent({
      requestId: id,
      kind: 'submitted',
      actorId: memberId,
      actorRole: 'member',
      statusAfter: 'submitted',
      at: createdAt,
    });
    for (const step of c.steps) {
      await repo.addEvent({
        requestId: id,
        kind: step.kind,
        actorId: step.by === 'member' ? memberId : handlerId,
        actorRole: step.by,
        body: step.body ?? '',
        internal: step.internal ?? false,
        statusAfter: step.status ?? null,
        at: ago(step.daysAgo),
      });
    }
    const last = c.steps.at(-1);
    await repo.update(id, last ? ago(last.daysAgo) : createdAt, {
      status: c.status,
      handler_id: stepAt('accepted') ? handlerId : null,
      accepted_at: stepAt('accepted') ? ago(stepAt('accepted')!.daysAgo) : null,
      first_response_at: answered ? ago(answered.daysAgo) : null,
      paused_at: c.status === 'waiting_member' ? ago(stepAt('info_requested')!.daysAgo) : null,
      outcome: resolved?.body ?? null,
      resolved_at: resolved ? ago(resolved.daysAgo) : null,
      closed_at: c.status === 'closed' ? ago(stepAt('rated')!.daysAgo) : null,
      rating: c.rating ?? null,
      rating_comment: c.rating ? '谢谢工会的关心' : '',
      rated_at: c.rating ? ago(stepAt('rated')!.daysAgo) : null,
    });
    for (const days of c.visitsAfter ?? [])
      await repo.addVisit(id, plusDays(beijingDate(ago(resolved!.daysAgo)), days), handlerId);
    if (answered?.kind === 'reply' && c.status === 'in_progress') {
      await tx.query(
        `INSERT INTO notifications (member_id, kind, title, body, link, created_at) VALUES ($1, 'help', '工会回复了您的求助', $2, $3, $4)`,
        [
          memberId,
          `「${c.title}」：${answered.body}`,
          `/packages/help/pages/detail/index?id=${id}`,
          ago(answered.daysAgo),
        ],
      );
    }
  }
}
