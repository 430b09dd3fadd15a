/** The question kinds a survey can hold; a rating is a score from 1 to 5. */
export const QUESTION_KINDS = ['single', 'multiple', 'rating', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The satisfaction question's options, in this order; 满意 and 基本满意 count as satisfied. */
export const SATISFACTION_OPTIONS = ['满意', '基本满意', '不满意'] as const;

/** No figure is shown for a group of fewer answers than this (the rule of 5). */
export const MIN_GROUP = 5;
export const DEFAULT_PASS_LINE = 85;

/**
 * The 校务公开 question: its own 满意率 is read against the texts' 80% (公开及时真实，职工满意率达到80%以上),
 * apart from the overall 85% line. The results page finds it by this title.
 */
export const DISCLOSURE_SATISFACTION_TITLE = '您对本校校务公开工作（公开及时、内容真实、资料齐全）是否满意？';
export const DISCLOSURE_TARGET = 80;

export interface QuestionDraft {
  kind: QuestionKind;
  section: string;
  title: string;
  required: boolean;
  options: string[];
  satisfaction: boolean;
}

const rating = (section: string, title: string): QuestionDraft => ({
  kind: 'rating',
  section,
  title,
  required: true,
  options: [],
  satisfaction: false,
});

/**
 * The standard evaluation, one or two questions on each area of the 职工之家, the overall
 * satisfaction question the 85% line is measured on, and a free-text 意见建议.
 */
export const STANDARD_TEMPLATE = {
  title: '年度会员评议职工之家',
  intro:
    '本次评议不记名：系统只记录您是否参评，不记录您的答案属于谁。请根据过去一年的实际感受作答，评分 1 分最低、5 分最高。',
  questions: [
    rating('场地与设施', '职工活动中心、职工书屋、健身房等场地的开放时间和设施条件'),
    rating('组织建设', '工会组织健全，工会干部联系会员、为会员办实事的情况'),
    {
      kind: 'single',
      section: '组织建设',
      title: '您是否了解本校工会委员会的组成和联系方式？',
      required: true,
      options: ['了解', '大致了解', '不了解'],
      satisfaction: false,
    },
    {
      kind: 'single',
      section: '民主管理与校务公开',
      title: DISCLOSURE_SATISFACTION_TITLE,
      required: true,
      options: [...SATISFACTION_OPTIONS],
      satisfaction: false,
    },
    rating('维权与帮扶', '工会维护教职工合法权益、困难帮扶和送温暖的情况'),
    {
      kind: 'single',
      section: '维权与帮扶',
      title: '过去一年，您遇到困难时是否得到过工会的帮助？',
      required: true,
      options: ['得到过帮助', '没有这方面需要', '需要但没有得到'],
      satisfaction: false,
    },
    rating('文体活动', '工会组织的文体活动和兴趣社团的数量与质量'),
    {
      kind: 'multiple',
      section: '文体活动',
      title: '您希望工会多组织哪些活动？（可多选）',
      required: false,
      options: ['球类运动', '健身与瑜伽', '读书分享', '书画摄影', '合唱与器乐', '户外徒步', '亲子活动'],
      satisfaction: false,
    },
    rating('心理关爱', '心理减压与心理咨询服务的便利程度和保密程度'),
    {
      kind: 'single',
      section: '总体评价',
      title: '您对本校职工之家建设的总体评价',
      required: true,
      options: [...SATISFACTION_OPTIONS],
      satisfaction: true,
    },
    {
      kind: 'text',
      section: '意见建议',
      title: '您对职工之家建设还有哪些意见和建议？',
      required: false,
      options: [],
      satisfaction: false,
    },
  ] satisfies QuestionDraft[],
};
