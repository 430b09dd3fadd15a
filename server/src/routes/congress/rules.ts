/** 提案类别 as the union's 提案工作委员会 sorts them. */
export const CATEGORY_LABELS = {
  teaching: '教学管理',
  welfare: '福利待遇',
  campus: '校园建设',
  democracy: '民主管理',
  other: '其他',
} as const;
export type MotionCategory = keyof typeof CATEGORY_LABELS;

export const STATUS_LABELS = {
  draft: '草稿（征集附议）',
  submitted: '待审查',
  accepted: '已立案，待答复',
  rejected: '不立案',
  merged: '已并案',
  replied: '已答复，待评价',
  rated: '已办结',
} as const;
export type MotionStatus = keyof typeof STATUS_LABELS;
export const MOTION_STATUSES = Object.keys(STATUS_LABELS) as MotionStatus[];

export const REJECT_HANDLING_LABELS = { suggestion: '转为意见建议办理', answered: '直接答复' } as const;
export const RATING_LABELS = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' } as const;
export type MotionRating = keyof typeof RATING_LABELS;

/** A reply rated 不满意 goes back to the department once, with this many days for the second reply. */
export const SECOND_REPLY_DAYS = 15;

/** A motion is overdue when it waits for a reply and its deadline's day is over. */
export const isOverdue = (status: MotionStatus, dueOn: string | null, today: string) =>
  status === 'accepted' && dueOn !== null && dueOn < today;
