import type { SnapshotFigureKey, YearFigureKey } from './annual-figures-repository';

/**
 * A figure of the year counts what happened in the Beijing calendar year (or one of its months): it
 * never changes afterwards, not even when a member erases their account. A snapshot describes the
 * roster as it stands when the workbook is made. How each is counted is annual-figures-repository.ts.
 */
export type Figure = {
  section: string;
  label: string;
  /** 口径: how it is counted, in the words of the 说明 sheet. */
  note: string;
} & ({ kind: 'year'; key: YearFigureKey } | { kind: 'snapshot'; key: SnapshotFigureKey });

// 年度建家材料: the figures in the order the workbook lists them. A feature that is not installed
// (its table missing) shows “—” instead of breaking the workbook.
export const FIGURES: Figure[] = [
  {
    key: 'newMembers',
    section: '会员',
    label: '本年新入会（人）',
    kind: 'year',
    note: '本年加入名册的会员',
  },
  {
    key: 'bookings',
    section: '职工之家活动中心',
    label: '预约（次）',
    kind: 'year',
    note: '本年开始的预约中已预约、已签到和爽约的，不含取消和未通过的',
  },
  {
    key: 'bookingAttendance',
    section: '职工之家活动中心',
    label: '到场签到（人次）',
    kind: 'year',
    note: '已签到预约的人数之和',
  },
  {
    key: 'counsellingCompleted',
    section: '心理咨询',
    label: '完成的咨询（次）',
    kind: 'year',
    note: '本年完成的咨询，只计次数，不含任何个人信息',
  },
  {
    key: 'helpReceived',
    section: '困难帮扶',
    label: '收到求助（件）',
    kind: 'year',
    note: '本年提交的求助',
  },
  {
    key: 'helpResolved',
    section: '困难帮扶',
    label: '已办结（件）',
    kind: 'year',
    note: '本年提交、已办结或已关闭的求助',
  },
  {
    key: 'helpSatisfied',
    section: '困难帮扶',
    label: '评价“满意”或“基本满意”（件）',
    kind: 'year',
    note: '本年提交的求助中，会员评价满意或基本满意的',
  },
  {
    key: 'helpRated',
    section: '困难帮扶',
    label: '已评价（件）',
    kind: 'year',
    note: '本年提交的求助中，会员已评价的',
  },
  {
    key: 'clubEvents',
    section: '兴趣社团',
    label: '社团活动（场）',
    kind: 'year',
    note: '本年举行、未取消的社团活动',
  },
  {
    key: 'clubSignups',
    section: '兴趣社团',
    label: '活动报名（人次）',
    kind: 'year',
    note: '这些活动的正式报名（不含候补和取消）',
  },
  {
    key: 'clubAttendance',
    section: '兴趣社团',
    label: '活动到场（人次）',
    kind: 'year',
    note: '负责人点名时记为到场的',
  },
  {
    key: 'receptionSessions',
    section: '主席接待日',
    label: '接待场次',
    kind: 'year',
    note: '本年举行、未取消的接待日',
  },
  {
    key: 'receptionVisits',
    section: '主席接待日',
    label: '来访（人次）',
    kind: 'year',
    note: '本年到访的接待预约',
  },
  {
    key: 'receptionSatisfied',
    section: '主席接待日',
    label: '答复评价“满意”或“基本满意”（人次）',
    kind: 'year',
    note: '本年到访并对答复作出评价的会员中，满意或基本满意的',
  },
  {
    key: 'surveys',
    section: '会员评议',
    label: '评议（次）',
    kind: 'year',
    note: '本年度的评议（按评议所属年度，不论何时截止），不含草稿',
  },
  {
    key: 'surveyParticipants',
    section: '会员评议',
    label: '参与评议（人次）',
    kind: 'year',
    note: '本年度各次评议的参评人次',
  },
  {
    key: 'surveySatisfaction',
    section: '会员评议',
    label: '满意率（%）',
    kind: 'year',
    note: '（满意 + 基本满意）÷ 有效答卷，本年度各次评议合计；答卷不记录答卷人',
  },
  {
    key: 'motions',
    section: '教代会提案',
    label: '提案（件）',
    kind: 'year',
    note: '本年提交的提案，不含草稿',
  },
  {
    key: 'motionsAccepted',
    section: '教代会提案',
    label: '立案（件）',
    kind: 'year',
    note: '本年提交、经提案工作委员会立案的提案',
  },
  {
    key: 'motionsOnTime',
    section: '教代会提案',
    label: '按期答复（件）',
    kind: 'year',
    note: '本年提交的提案中，承办部门第一次答复在答复期限内的',
  },
  {
    key: 'motionSatisfaction',
    section: '教代会提案',
    label: '答复满意率（%）',
    kind: 'year',
    note: '（满意 + 基本满意）÷ 已评价，以提案人对最后一次答复的评价计',
  },
  ...(
    [
      ['careFiveVisits', '五必访（次）', '住院、结婚、生育、退休、丧亲慰问'],
      ['careFestival', '节日慰问（次）', '教师节、春节等节日慰问'],
      ['careHardship', '困难帮扶（次）', '困难帮扶慰问和补助'],
      ['careEducation', '助学（次）', '爱心助学、金秋助学'],
    ] as const
  ).map(([key, label, note]): Figure => ({
    key,
    section: '送温暖',
    label,
    kind: 'year',
    note: `本年${note}的记录，只计次数`,
  })),
  {
    key: 'careTotal',
    section: '送温暖',
    label: '慰问合计（次）',
    kind: 'year',
    note: '本年全部慰问和帮扶记录',
  },
  {
    key: 'careAmount',
    section: '送温暖',
    label: '慰问金额（元）',
    kind: 'year',
    note: '本年慰问和帮扶记录的金额之和，不含姓名',
  },
  {
    key: 'activeMembers',
    section: '名册现状（导出时）',
    label: '在册会员（人）',
    kind: 'snapshot',
    note: '导出时名册中在册的会员',
  },
  {
    key: 'boundMembers',
    section: '名册现状（导出时）',
    label: '已绑定微信（人）',
    kind: 'snapshot',
    note: '导出时在册且已绑定微信的会员',
  },
  {
    key: 'clubs',
    section: '名册现状（导出时）',
    label: '社团（个）',
    kind: 'snapshot',
    note: '导出时的社团，含已归档的',
  },
  {
    key: 'clubMembers',
    section: '名册现状（导出时）',
    label: '社团成员（人次）',
    kind: 'snapshot',
    note: '导出时各社团成员人数之和',
  },
];
