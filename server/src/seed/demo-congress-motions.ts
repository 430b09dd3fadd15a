// The demo congress as data: delegates, the committee, departments and the motions with how far each got.
// Written by ./demo-congress.

export type Category = 'teaching' | 'welfare' | 'campus' | 'democracy' | 'other';
export type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';

/** A demo motion and how far it has come; days are counted back from the seeding day. */
export interface DemoMotion {
  author: string;
  seconders: string[];
  title: string;
  category: Category;
  reason: string;
  proposal: string;
  submittedDaysAgo?: number;
  review?: { daysAgo: number; accept?: { department: string; dueInDays: number }; reject?: string; mergeInto?: number };
  replies?: { daysAgo: number; body: string; rating?: Rating; comment?: string }[];
}

// 代表 of 第五届 in 新城区实验小学工会: officers and 张丽华 (who all appear on the demo sign-in list),
// and two more teachers; 王建国 and 赵心怡 sit on the 提案工作委员会. 刘芳 (S1006) is not a 代表.
export const DELEGATES = ['S1001', 'S1002', 'S1003', 'S1004', 'S1005', 'S1007', 'S1008'];
export const COMMITTEE = ['S1001', 'S1004'];
export const DEPARTMENTS = ['校长办公室', '教务处', '总务处', '人事处'];

export const MOTIONS: DemoMotion[] = [
  {
    author: 'S1005',
    seconders: ['S1003'],
    title: '教师午休室增设床位',
    category: 'welfare',
    reason: '午休室只有 6 张折叠床，中午常常不够用。',
    proposal: '再添置 10 张折叠床，并安排专人管理。',
  },
  {
    author: 'S1007',
    seconders: [],
    title: '规范校内停车秩序',
    category: 'campus',
    reason: '早上校门口车辆多，教职工停车难。',
    proposal: '划定教职工车位，错峰开放操场边停车区。',
  },
  {
    author: 'S1008',
    seconders: ['S1003', 'S1005'],
    submittedDaysAgo: 2,
    title: '提高班主任津贴标准',
    category: 'welfare',
    reason: '班主任津贴多年未调整，工作量却明显增加。',
    proposal: '参照区内学校标准，每月提高 200 元。',
  },
  {
    author: 'S1005',
    seconders: ['S1002', 'S1007'],
    submittedDaysAgo: 15,
    title: '教学楼增设直饮水机',
    category: 'campus',
    reason: '教学楼只有一楼有开水器，高楼层老师课间接水不便。',
    proposal: '每层楼增设一台直饮水机。',
    review: { daysAgo: 12, accept: { department: '总务处', dueInDays: 20 } },
    replies: [{ daysAgo: 5, body: '已采购 4 台直饮水机，本月底前安装到每层楼。', rating: 'satisfied' }],
  },
  {
    author: 'S1003',
    seconders: ['S1005', 'S1008'],
    submittedDaysAgo: 14,
    title: '减少非教学类检查和填表',
    category: 'teaching',
    reason: '各类检查、填表占用大量备课时间。',
    proposal: '统一归口收集材料，一表多用。',
    review: { daysAgo: 11, accept: { department: '校长办公室', dueInDays: 10 } },
  },
  {
    author: 'S1007',
    seconders: ['S1004', 'S1005'],
    submittedDaysAgo: 14,
    title: '职称评审推荐办法公开征求意见',
    category: 'democracy',
    reason: '推荐办法修订时教职工了解不够。',
    proposal: '修订稿提交教代会审议前公开征求意见。',
    review: { daysAgo: 10, accept: { department: '人事处', dueInDays: 30 } },
    replies: [{ daysAgo: 3, body: '修订稿已在校务公开栏公示，征求意见一周。' }],
  },
  {
    author: 'S1008',
    seconders: ['S1003', 'S1007'],
    submittedDaysAgo: 13,
    title: '食堂增加晚餐供应',
    category: 'welfare',
    reason: '晚自习值班的老师没有晚饭。',
    proposal: '值班日食堂供应简餐。',
    review: { daysAgo: 10, accept: { department: '总务处', dueInDays: 15 } },
    replies: [
      { daysAgo: 6, body: '经研究，暂不具备条件。', rating: 'dissatisfied', comment: '没有说明原因，也没有替代办法。' },
      { daysAgo: 1, body: '自下周起值班日 17:30 供应简餐，费用由工会经费补助一半。', rating: 'basically_satisfied' },
    ],
  },
  {
    author: 'S1004',
    seconders: ['S1002', 'S1005'],
    submittedDaysAgo: 12,
    title: '更换办公室电脑',
    category: 'other',
    reason: '部分办公电脑已使用十年以上。',
    proposal: '分批更换。',
    review: { daysAgo: 9, reject: '属于学校年度设备更新计划，已列入明年预算，转为意见建议办理。' },
  },
  {
    author: 'S1002',
    seconders: ['S1003', 'S1007'],
    submittedDaysAgo: 12,
    title: '教学楼每层设饮水点',
    category: 'campus',
    reason: '高楼层饮水不便。',
    proposal: '每层设饮水点。',
    review: { daysAgo: 9, mergeInto: 3 },
  },
];

/** 第五届教代会第三次会议, collecting now, with a motion in every state; and the 校务公开 board. */
