import { Type } from '@sinclair/typebox';
import { Nullable, StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { CATEGORY_LABELS, MOTION_STATUSES, RATING_LABELS, REJECT_HANDLING_LABELS } from './rules';

const keys = <T extends object>(labels: T) => Object.keys(labels) as (keyof T & string)[];
const LocalDate = (title: string) => Type.String({ format: 'date', title, description: 'YYYY-MM-DD（北京时间）' });
/** A key the client makes once per form, so that a retried or double-tapped submission is recognised. */
const ClientKey = Type.String({ format: 'uuid', title: '提交编号' });

export const CategorySchema = StringEnum(keys(CATEGORY_LABELS), {
  title: '提案类别',
  description: 'teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他',
});
export const StatusSchema = StringEnum(MOTION_STATUSES, {
  title: '状态',
  description:
    'draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结',
});
export const RatingSchema = StringEnum(keys(RATING_LABELS), {
  title: '评价',
  description: 'satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意',
});
export const HandlingSchema = StringEnum(keys(REJECT_HANDLING_LABELS), {
  title: '不立案的处理',
  description: 'suggestion 转为意见建议办理，answered 直接答复',
});

export const SessionParams = StrictObject({ sessionId: Type.Integer({ minimum: 1, title: '会议编号' }) });

export const CongressSession = Type.Object({
  id: Type.Integer(),
  term: Type.String({ description: '届次，如 第五届' }),
  title: Type.String(),
  opensOn: Type.String({ description: '征集开始日期' }),
  closesOn: Type.String({ description: '征集截止日期（含当天）' }),
  collecting: Type.Boolean({ description: '今天在征集期内' }),
  secondersRequired: Type.Integer({ description: '提交前需要的附议人数' }),
  replyDays: Type.Integer({ description: '立案后的答复期限（天）' }),
  published: Type.Boolean({ description: '提案已向全体会员公开' }),
  motionCount: Type.Integer({ description: '已提交的提案数' }),
  delegate: Type.Boolean({ description: '我是本届代表' }),
  committee: Type.Boolean({ description: '我是提案工作委员会委员' }),
  manage: Type.Boolean({ description: '我是工会干事或主席' }),
});
export const SessionList = Type.Object({
  items: Type.Array(CongressSession),
  manage: Type.Boolean({ description: '我是工会干事或主席：可开设会议、标记代表、维护承办部门' }),
});
export const CreateSessionBody = StrictObject({
  term: Type.String({ minLength: 1, maxLength: 20, title: '届次' }),
  title: Type.String({ minLength: 1, maxLength: 40, title: '会议名称' }),
  opensOn: LocalDate('征集开始日期'),
  closesOn: LocalDate('征集截止日期'),
  replyDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 180, title: '答复期限天数' })),
});

/** The union's rule; a new session copies it, a session already opened keeps its own number. */
const SecondersRequired = () =>
  Type.Integer({ minimum: 0, maximum: 10, title: '附议人数', description: '每件提案提交前需要的附议代表人数' });
export const CongressSettings = Type.Object({ secondersRequired: SecondersRequired() });
export const UpdateCongressSettingsBody = StrictObject({ secondersRequired: SecondersRequired() });

export const Delegate = Type.Object({
  memberId: Type.Integer(),
  name: Type.String(),
  staffNo: Type.String(),
  committee: Type.Boolean(),
});
export const DelegateList = Type.Object({ term: Type.String(), items: Type.Array(Delegate) });
export const DelegateQuery = StrictObject({ term: Type.String({ minLength: 1, maxLength: 20, title: '届次' }) });
export const SetDelegateBody = StrictObject({
  term: Type.String({ minLength: 1, maxLength: 20, title: '届次' }),
  staffNo: Type.String({ minLength: 1, maxLength: 20, title: '工号' }),
  role: StringEnum(['delegate', 'committee', 'none'] as const, {
    title: '身份',
    description: 'delegate 代表，committee 代表兼提案工作委员会委员，none 取消代表身份',
  }),
});

export const Department = Type.Object({ id: Type.Integer(), name: Type.String(), active: Type.Boolean() });
export const DepartmentList = Type.Object({ items: Type.Array(Department) });
export const CreateDepartmentBody = StrictObject({
  name: Type.String({ minLength: 1, maxLength: 20, title: '部门名称' }),
});
export const UpdateDepartmentBody = StrictObject({ active: Type.Boolean({ title: '启用' }) });

const MotionFields = {
  title: Type.String({ minLength: 1, maxLength: 40, title: '提案标题' }),
  category: CategorySchema,
  reason: Type.String({ minLength: 1, maxLength: 2000, title: '案由' }),
  proposal: Type.String({ minLength: 1, maxLength: 2000, title: '建议' }),
};
export const CreateMotionBody = StrictObject({
  sessionId: Type.Integer({ minimum: 1, title: '会议' }),
  clientKey: ClientKey,
  ...MotionFields,
});
export const UpdateMotionBody = StrictObject(MotionFields);
export const ReviewMotionBody = StrictObject({
  decision: StringEnum(['accept', 'reject', 'merge'] as const, {
    title: '审查意见',
    description: 'accept 立案，reject 不立案，merge 并案',
  }),
  departmentId: Type.Optional(Type.Integer({ minimum: 1, title: '承办部门' })),
  dueOn: Type.Optional(LocalDate('答复期限')),
  reason: Type.Optional(Type.String({ maxLength: 500, title: '不立案理由' })),
  handling: Type.Optional(HandlingSchema),
  intoId: Type.Optional(Type.Integer({ minimum: 1, title: '并入的提案' })),
});
export const ReplyMotionBody = StrictObject({
  body: Type.String({ minLength: 1, maxLength: 2000, title: '答复内容' }),
});
export const RateMotionBody = StrictObject({
  rating: RatingSchema,
  comment: Type.Optional(Type.String({ maxLength: 200, title: '评价说明' })),
});

export const MotionReply = Type.Object({
  round: Type.Integer({ description: '第几次答复（1 或 2）' }),
  body: Type.String(),
  repliedAt: Timestamp,
  onTime: Type.Boolean({ description: '在答复期限内' }),
  rating: Nullable(RatingSchema),
  ratingComment: Nullable(Type.String()),
  ratedAt: Nullable(Timestamp),
});

export const MotionSummary = Type.Object({
  id: Type.Integer(),
  sessionId: Type.Integer(),
  number: Nullable(Type.Integer({ description: '提交时编号' })),
  title: Type.String(),
  category: CategorySchema,
  status: StatusSchema,
  authorName: Type.String(),
  mine: Type.Boolean({ description: '我是提案人' }),
  seconderCount: Type.Integer(),
  secondedByMe: Type.Boolean(),
  departmentName: Nullable(Type.String()),
  dueOn: Nullable(Type.String({ description: '答复期限' })),
  overdue: Type.Boolean({ description: '已过答复期限仍未答复' }),
  updatedAt: Timestamp,
});

export const Motion = Type.Object({
  ...MotionSummary.properties,
  reason: Type.String(),
  proposal: Type.String(),
  seconders: Type.Array(Type.String({ description: '附议代表姓名' })),
  secondersRequired: Type.Integer(),
  submittedAt: Nullable(Timestamp),
  reviewedAt: Nullable(Timestamp),
  rejectReason: Nullable(Type.String()),
  rejectHandling: Nullable(HandlingSchema),
  mergedIntoNumber: Nullable(Type.Integer()),
  round: Type.Integer({ description: '第几轮答复' }),
  replies: Type.Array(MotionReply),
  can: Type.Object({
    edit: Type.Boolean(),
    second: Type.Boolean(),
    submit: Type.Boolean(),
    review: Type.Boolean(),
    reply: Type.Boolean(),
    rate: Type.Boolean(),
  }),
});

export const MotionList = Type.Object({ session: CongressSession, items: Type.Array(MotionSummary) });
export const MotionListQuery = StrictObject({
  sessionId: Type.Integer({ minimum: 1, title: '会议' }),
  status: Type.Optional(StatusSchema),
  overdue: Type.Optional(Type.Boolean({ title: '只看逾期' })),
});

export const Suggestion = Type.Object({
  id: Type.Integer(),
  sessionId: Type.Integer(),
  title: Type.String(),
  body: Type.String(),
  authorName: Type.String(),
  mine: Type.Boolean(),
  motionId: Nullable(Type.Integer({ description: '采纳后形成的提案' })),
  createdAt: Timestamp,
});
export const SuggestionList = Type.Object({ items: Type.Array(Suggestion) });
export const CreateSuggestionBody = StrictObject({
  sessionId: Type.Integer({ minimum: 1, title: '会议' }),
  clientKey: ClientKey,
  title: Type.String({ minLength: 1, maxLength: 40, title: '建议标题' }),
  body: Type.String({ minLength: 1, maxLength: 1000, title: '建议内容' }),
});
export const AdoptSuggestionBody = StrictObject({ clientKey: ClientKey, category: CategorySchema });
