/**
 * The 校务公开 catalogue, as the policy texts list what a school makes public: plans, 财务预决算,
 * 岗位津贴, 聘任, 奖惩, 职称评聘, 困难补助发放, housing, pensions and medical insurance, 大宗采购, 基建.
 */
export const CATEGORY_LABELS = {
  plan: '发展规划',
  finance: '财务预决算',
  allowance: '岗位津贴',
  appointment: '聘任',
  award: '评优与奖惩',
  title: '职称评聘',
  hardship: '困难补助发放',
  housing: '住房',
  insurance: '养老与医疗保险',
  procurement: '大宗采购',
  construction: '基建',
  other: '其他',
} as const;
export type DisclosureCategory = keyof typeof CATEGORY_LABELS;

/** Items that touch people's money or standing are published with a 公示期 for objections. */
export const NEEDS_OBJECTION_PERIOD: readonly DisclosureCategory[] = ['hardship', 'award', 'title'];

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;
