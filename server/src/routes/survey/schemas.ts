import { Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { QUESTION_KINDS } from './template';

export const SurveyPhase = StringEnum(['draft', 'scheduled', 'open', 'closed'], {
  title: '评议阶段',
  description: 'draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束',
});
const Kind = StringEnum(QUESTION_KINDS, {
  title: '题型',
  description: 'single 单选，multiple 多选，rating 评分 1–5，text 文字',
});
const Rate = Type.Union([Type.Number(), Type.Null()], { description: '百分比，保留一位小数；样本不足时为 null' });
const DateOnly = Type.String({ format: 'date' });

export const Question = Type.Object({
  id: Type.Integer(),
  position: Type.Integer(),
  kind: Kind,
  section: Type.String(),
  title: Type.String(),
  required: Type.Boolean(),
  options: Type.Array(Type.String()),
  satisfaction: Type.Boolean({ description: '总体满意度题（满意 / 基本满意 / 不满意），满意率按它计算' }),
});

export const QuestionInput = StrictObject(
  {
    kind: Kind,
    section: Type.Optional(Type.String({ maxLength: 20, title: '所属方面' })),
    title: Type.String({ minLength: 1, maxLength: 100, title: '题目' }),
    required: Type.Boolean({ title: '是否必答' }),
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 30, title: '选项' }), { maxItems: 10, title: '选项' }),
    ),
    satisfaction: Type.Optional(Type.Boolean({ title: '总体满意度题' })),
  },
  '题目',
);

export const SurveyInput = StrictObject({
  title: Type.String({ minLength: 1, maxLength: 40, title: '标题' }),
  intro: Type.Optional(Type.String({ maxLength: 500, title: '说明' })),
  opensOn: Type.String({ format: 'date', title: '开始日期' }),
  closesOn: Type.String({ format: 'date', title: '结束日期' }),
  branchIds: Type.Array(Type.Integer({ minimum: 1, title: '参评分工会' }), {
    maxItems: 50,
    uniqueItems: true,
    title: '参评分工会',
  }),
  passLine: Type.Optional(Type.Number({ minimum: 50, maximum: 100, multipleOf: 0.5, title: '合格线' })),
  resultsVisible: Type.Optional(Type.Boolean({ title: '结束后向会员公开结果' })),
  byBranch: Type.Optional(Type.Boolean({ title: '按分工会统计' })),
  questions: Type.Array(QuestionInput, { minItems: 1, maxItems: 30, title: '题目' }),
});

export const SurveyTemplate = Type.Object({
  title: Type.String(),
  intro: Type.String(),
  passLine: Type.Number(),
  questions: Type.Array(Type.Omit(Question, ['id', 'position'])),
});

const cardFields = {
  id: Type.Integer(),
  title: Type.String(),
  phase: SurveyPhase,
  year: Type.Integer(),
  opensAt: Timestamp,
  closesAt: Timestamp,
  /** The window as the Beijing calendar days staff chose. */
  opensOn: DateOnly,
  closesOn: DateOnly,
  unionName: Type.String(),
};

export const SurveyCard = Type.Object({
  ...cardFields,
  questionCount: Type.Integer(),
  answered: Type.Boolean({ description: '当前会员是否已参评' }),
});
export const SurveyCardList = Type.Object({ items: Type.Array(SurveyCard) });

export const SurveyDetail = Type.Object(
  {
    ...cardFields,
    intro: Type.String(),
    passLine: Type.Number(),
    resultsVisible: Type.Boolean(),
    byBranch: Type.Boolean(),
    branches: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() }), {
      description: '参评分工会；空表示全体会员',
    }),
    questions: Type.Array(Question),
    answered: Type.Boolean(),
    receiptCode: Type.Union([Type.String(), Type.Null()], { description: '当前会员的参评回执码' }),
    inAudience: Type.Boolean(),
    canManage: Type.Boolean(),
  },
  { title: '评议' },
);

export const StaffSurveyList = Type.Object({
  items: Type.Array(Type.Object({ ...cardFields, audience: Type.Integer(), answered: Type.Integer() })),
});

export const SurveyIdParams = Type.Object(
  { id: Type.Integer({ minimum: 1, title: '评议编号' }) },
  { additionalProperties: false },
);

export const AnswerInput = StrictObject(
  {
    questionId: Type.Integer({ minimum: 1, title: '题目编号' }),
    choice: Type.Optional(Type.Integer({ minimum: 0, maximum: 9, title: '选项' })),
    choices: Type.Optional(
      Type.Array(Type.Integer({ minimum: 0, maximum: 9, title: '选项' }), { maxItems: 10, title: '选项' }),
    ),
    rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5, title: '评分' })),
    text: Type.Optional(Type.String({ maxLength: 500, title: '意见建议' })),
  },
  '答案',
);
export const SubmitBody = StrictObject({ answers: Type.Array(AnswerInput, { maxItems: 30, title: '答案' }) });

export const Receipt = Type.Object({
  receiptCode: Type.String({ description: '参评回执码：证明已参评，不包含任何答案' }),
  surveyTitle: Type.String(),
});

const OptionCount = Type.Object({ label: Type.String(), count: Type.Integer(), percent: Type.Number() });

export const SurveyResults = Type.Object(
  {
    survey: Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      phase: SurveyPhase,
      opensAt: Timestamp,
      closesAt: Timestamp,
      unionName: Type.String(),
      byBranch: Type.Boolean(),
    }),
    minGroup: Type.Integer({ description: '少于这个份数的组只显示“样本不足”' }),
    turnout: Type.Object({ audience: Type.Integer(), answered: Type.Integer(), rate: Type.Number() }),
    insufficient: Type.Boolean({ description: '已计入的答卷不足 minGroup 份：不显示任何统计' }),
    waiting: Type.Integer({
      description: '已提交、尚待计入的答卷数：答卷每凑满 5 份才随机成批计入，结束时全部计入（不足 5 份的评议除外）',
    }),
    satisfaction: Type.Union([
      Type.Object({
        questionId: Type.Integer(),
        valid: Type.Integer({ description: '总体满意度题的有效答卷数' }),
        satisfied: Type.Integer(),
        basic: Type.Integer(),
        unsatisfied: Type.Integer(),
        rate: Type.Number({ description: '(满意 + 基本满意) / 有效答卷，百分比' }),
        passLine: Type.Number(),
        passed: Type.Boolean(),
      }),
      Type.Null(),
    ]),
    questions: Type.Array(
      Type.Object({
        id: Type.Integer(),
        position: Type.Integer(),
        kind: Kind,
        section: Type.String(),
        title: Type.String(),
        answered: Type.Integer(),
        options: Type.Array(OptionCount, { description: '单选、多选的各选项；评分题为 1–5 分' }),
        average: Type.Union([Type.Number(), Type.Null()], { description: '评分题的平均分' }),
        texts: Type.Array(Type.String(), { description: '文字题的回答，不带任何身份信息' }),
      }),
    ),
    branches: Type.Union([
      Type.Array(
        Type.Object({
          branchId: Type.Union([Type.Integer(), Type.Null()]),
          name: Type.String(),
          audience: Type.Union([Type.Integer(), Type.Null()]),
          answered: Type.Union([Type.Integer(), Type.Null()]),
          turnoutRate: Rate,
          satisfactionRate: Rate,
          insufficient: Type.Boolean({ description: '样本不足：少于 minGroup 份' }),
        }),
      ),
      Type.Null(),
    ]),
    generatedAt: Timestamp,
  },
  { title: '评议结果' },
);

export const RollupQuery = StrictObject({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })),
});

const RollupFigures = {
  audience: Type.Integer(),
  answered: Type.Union([Type.Integer(), Type.Null()]),
  turnoutRate: Rate,
  satisfactionRate: Rate,
  passed: Type.Union([Type.Boolean(), Type.Null()]),
};

export const SurveyRollup = Type.Object({
  districtName: Type.String(),
  year: Type.Integer(),
  minGroup: Type.Integer(),
  schools: Type.Array(
    Type.Object({
      unionId: Type.Integer(),
      unionName: Type.String(),
      parentName: Type.String({ description: '学校的直接上级工会（市级汇总时用来分区）' }),
      survey: Type.Union([
        Type.Object({ id: Type.Integer(), title: Type.String(), phase: SurveyPhase, passLine: Type.Number() }),
        Type.Null(),
      ]),
      ...RollupFigures,
      insufficient: Type.Boolean(),
    }),
  ),
  totals: Type.Object({ ...RollupFigures, schoolsCounted: Type.Integer(), schoolsInsufficient: Type.Integer() }),
});

export const BranchOptions = Type.Object({
  items: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), memberCount: Type.Integer() })),
  memberCount: Type.Integer({ description: '全体会员人数' }),
});

export const ReminderResult = Type.Object({ sent: Type.Integer({ description: '收到提醒的未参评会员人数' }) });
export const ExportLink = Type.Object({
  url: Type.String({ description: '一次性下载地址（相对路径），5 分钟内有效' }),
  expiresAt: Timestamp,
});
export const TicketParams = Type.Object(
  { ticket: Type.String({ minLength: 20, maxLength: 100, title: '下载凭证' }) },
  { additionalProperties: false },
);

export const VerifyReceiptBody = StrictObject({ code: Type.String({ minLength: 12, maxLength: 20, title: '回执码' }) });
export const VerifiedReceipt = Type.Object({
  surveyId: Type.Integer(),
  surveyTitle: Type.String(),
  memberName: Type.String(),
});
