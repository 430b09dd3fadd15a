// The demo reception days' visits as data: who came, about what, and how far each got. Written by ./demo-reception.

export type Topic = 'work' | 'life' | 'rights' | 'suggestion' | 'other';
export type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';

export interface DemoSession {
  id: number;
  unionId: number;
  date: string;
  startsAt: Date;
  slotMinutes: number;
}

/** A demo visit: who, which slot, and how far it has come (a reply `repliedAfterDays` after the visit). */
export interface DemoVisit {
  staffNo: string;
  slot: number;
  topic: Topic;
  description: string;
  confidential?: boolean;
  outcome: 'booked' | 'arrived' | 'no_show';
  raised?: string;
  assignee?: string;
  repliedAfterDays?: number;
  reply?: string;
  rating?: Rating;
  helpCase?: string;
}

export const WEEKLY = { weekday: 3, start: '14:00', end: '17:00', slotMinutes: 20, place: '工会办公室' };
export const WEEKS_BACK = 4;
export const WEEKS_AHEAD = 12;

// Past Wednesdays of 新城区实验小学工会 (index 0 = last week): replies on time and late, one overdue, ratings.
export const PAST_VISITS: DemoVisit[][] = [
  [
    {
      staffNo: 'S1005',
      slot: 0,
      topic: 'work',
      description: '今年职称评审的材料要求和时间安排',
      outcome: 'arrived',
      raised: '询问中级职称评审材料清单与截止时间',
      assignee: '人事处 周主任',
      repliedAfterDays: 3,
      reply: '评审材料清单已发到各教研组，截止时间为下月 10 日，人事处可一对一指导。',
      rating: 'satisfied',
    },
    {
      staffNo: 'S1006',
      slot: 2,
      topic: 'life',
      description: '食堂午餐品种少，希望增加面食',
      outcome: 'arrived',
      raised: '建议食堂午餐增加面食窗口',
    },
  ],
  [
    {
      staffNo: 'S1011',
      slot: 0,
      topic: 'rights',
      description: '产假期间绩效工资怎么计算',
      outcome: 'arrived',
      raised: '咨询产假期间绩效工资计发办法',
      assignee: '财务室 吴会计',
    },
    {
      staffNo: 'S1008',
      slot: 1,
      topic: 'suggestion',
      description: '建议增设教师休息室',
      outcome: 'arrived',
      raised: '建议把三楼空教室改为教师休息室',
      assignee: '后勤处',
      repliedAfterDays: 9,
      reply: '三楼 305 已改为教师休息室，下周一起开放。',
      rating: 'basically_satisfied',
    },
    { staffNo: 'S1012', slot: 3, topic: 'other', description: '想了解工会疗休养的安排', outcome: 'no_show' },
  ],
  [
    {
      staffNo: 'S1010',
      slot: 1,
      topic: 'work',
      description: '班主任津贴标准',
      outcome: 'arrived',
      raised: '反映班主任津贴多年未调整',
      assignee: '校长办公室',
      repliedAfterDays: 5,
      reply: '学校已研究，自下学期起班主任津贴每月增加 200 元。',
      rating: 'satisfied',
    },
    {
      staffNo: 'S1013',
      slot: 2,
      topic: 'life',
      description: '家里老人生病，生活有些困难',
      confidential: true,
      outcome: 'arrived',
      raised: '父亲住院，家庭开支压力大',
      repliedAfterDays: 2,
      reply: '工会已按困难帮扶办法为您申请慰问金，请留意通知。',
      rating: 'satisfied',
      helpCase: '建议按大病医疗转困难帮扶',
    },
  ],
  [
    {
      staffNo: 'S1014',
      slot: 0,
      topic: 'rights',
      description: '体检项目能否增加',
      outcome: 'arrived',
      raised: '希望教职工体检增加甲状腺彩超',
      repliedAfterDays: 6,
      reply: '已与体检中心协商，今年起增加甲状腺彩超。',
      rating: 'dissatisfied',
    },
  ],
];

export const SCHOOL2_VISITS: DemoVisit[][] = [
  [
    {
      staffNo: 'S2003',
      slot: 1,
      topic: 'work',
      description: '晚自习值班安排太密',
      outcome: 'arrived',
      raised: '高三晚自习值班每周三次，希望调整',
      assignee: '教务处',
      repliedAfterDays: 4,
      reply: '教务处已调整为每周两次，下周起执行。',
      rating: 'satisfied',
    },
  ],
  [
    {
      staffNo: 'S2004',
      slot: 0,
      topic: 'life',
      description: '教工宿舍热水供应',
      outcome: 'arrived',
      raised: '教工宿舍晚上热水不稳定',
      repliedAfterDays: 6,
      reply: '热水器已更换，如仍有问题请联系后勤。',
      rating: 'basically_satisfied',
    },
  ],
];
