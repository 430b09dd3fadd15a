import { Type } from '@sinclair/typebox';
import { Nullable, StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { KeysetPaging, NextPage } from '../../schemas/keyset';
import { CONTACT_LABELS, HELP_STATUSES, RATING_LABELS, REQUESTED_ACTIONS, URGENCY_LABELS } from './rules';

const keys = <T extends object>(labels: T) => Object.keys(labels) as (keyof T & string)[];

export const HelpStatusSchema = StringEnum(HELP_STATUSES, {
  title: '状态',
  description:
    'submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回',
});
export const UrgencySchema = StringEnum(keys(URGENCY_LABELS), {
  title: '紧急程度',
  description: 'normal 一般，urgent 较急，critical 紧急',
});
export const ContactSchema = StringEnum(keys(CONTACT_LABELS), {
  title: '联系方式',
  description: 'phone 电话，wechat 微信，in_person 当面，message 小程序消息',
});
export const RatingSchema = StringEnum(keys(RATING_LABELS), {
  title: '评价',
  description: 'satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意',
});
export const LocalDate = Type.String({ format: 'date', title: '日期', description: 'YYYY-MM-DD（北京时间）' });

export const CreateHelpRequestBody = StrictObject({
  categoryId: Type.Integer({ minimum: 1, title: '求助类别' }),
  title: Type.String({ minLength: 1, maxLength: 50, title: '标题' }),
  description: Type.String({ minLength: 1, maxLength: 1000, title: '情况说明' }),
  urgency: UrgencySchema,
  contactPreference: ContactSchema,
  anonymous: Type.Optional(Type.Boolean({ title: '匿名提交' })),
});

const summaryFields = {
  id: Type.Integer(),
  title: Type.String(),
  categoryName: Type.String(),
  status: HelpStatusSchema,
  urgency: UrgencySchema,
  anonymous: Type.Boolean(),
  responseDueOn: Type.String({ description: '答复期限（北京时间的日期）' }),
  overdue: Type.Boolean({ description: '已过答复期限仍未答复' }),
  handlerName: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};
export const MyHelpSummary = Type.Object(summaryFields);
export const MyHelpList = Type.Object({
  items: Type.Array(MyHelpSummary),
  next: NextPage,
});
export const MyListQuery = StrictObject({ ...KeysetPaging });

export const HelpCaseSummary = Type.Object({
  ...summaryFields,
  memberName: Nullable(Type.String({ description: '匿名提交时为 null' })),
  branchName: Nullable(Type.String()),
});
export const HelpCaseList = Type.Object({
  items: Type.Array(HelpCaseSummary),
  next: NextPage,
});
export const CaseListQuery = StrictObject({
  status: Type.Optional(StringEnum([...HELP_STATUSES, 'open'] as const, { title: '状态' })),
  categoryId: Type.Optional(Type.Integer({ minimum: 1, title: '求助类别' })),
  overdue: Type.Optional(Type.Boolean({ title: '只看超期' })),
  mine: Type.Optional(Type.Boolean({ title: '只看我办理的' })),
  ...KeysetPaging,
});

const eventFields = {
  id: Type.Integer(),
  kind: Type.String({ description: 'submitted, accepted, reply, note …' }),
  body: Type.String(),
  actorRole: StringEnum(['member', 'handler', 'system'] as const),
  actorName: Nullable(Type.String()),
  statusAfter: Nullable(HelpStatusSchema),
  createdAt: Timestamp,
};
export const HelpEvent = Type.Object(eventFields);
export const HelpCaseEvent = Type.Object({
  ...eventFields,
  internal: Type.Boolean({ description: '内部备注，会员看不到' }),
});

export const HelpAttachment = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  contentType: StringEnum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const),
  sizeBytes: Type.Integer(),
  /** A temporary link (about half an hour) that needs no sign-in header: <Image src> works with it. */
  url: Type.String({ description: '临时链接（约半小时有效），可直接用于图片显示' }),
  createdAt: Timestamp,
});

export const MemberVisit = Type.Object({
  id: Type.Integer(),
  dueOn: Type.String(),
  status: StringEnum(['planned', 'done', 'cancelled'] as const),
});
export const CaseVisit = Type.Object({
  ...MemberVisit.properties,
  outcome: Nullable(Type.String()),
  doneAt: Nullable(Timestamp),
  overdue: Type.Boolean(),
});

const detailFields = {
  ...summaryFields,
  categoryId: Type.Integer(),
  description: Type.String(),
  contactPreference: ContactSchema,
  outcome: Nullable(Type.String()),
  rejectReason: Nullable(Type.String()),
  resolvedAt: Nullable(Timestamp),
  closedAt: Nullable(Timestamp),
  rating: Nullable(RatingSchema),
  ratingComment: Type.String(),
  reopenUntil: Nullable(Timestamp),
  attachments: Type.Array(HelpAttachment),
  /** The actions this caller may take now: what the page offers as buttons. */
  actions: Type.Array(Type.String()),
  canReply: Type.Boolean(),
  canUpload: Type.Boolean(),
};

export const MyHelpRequest = Type.Object(
  { ...detailFields, events: Type.Array(HelpEvent), visits: Type.Array(MemberVisit) },
  { title: '我的求助' },
);

export const HelpCase = Type.Object(
  {
    ...detailFields,
    handlerId: Nullable(Type.Integer()),
    source: StringEnum(['member', 'reception'] as const),
    member: Nullable(
      Type.Object(
        { name: Type.String(), staffNo: Type.String(), phone: Type.String(), branchName: Nullable(Type.String()) },
        { description: '匿名提交时为 null' },
      ),
    ),
    events: Type.Array(HelpCaseEvent),
    visits: Type.Array(CaseVisit),
  },
  { title: '求助案件（办理人视角）' },
);

export const TransitionBody = StrictObject({
  action: StringEnum(REQUESTED_ACTIONS, {
    title: '操作',
    description:
      'accept 受理，assign 改派，start 开始处理，request_info 请会员补充，supplement 会员补充，resume 继续处理，resolve 办结，reject 不予办理，withdraw 撤回，reopen 重新打开',
  }),
  message: Type.Optional(Type.String({ maxLength: 1000, title: '说明' })),
  handlerId: Type.Optional(Type.Integer({ minimum: 1, title: '办理人' })),
  outcome: Type.Optional(Type.String({ maxLength: 1000, title: '处理结果' })),
  reason: Type.Optional(Type.String({ maxLength: 200, title: '原因' })),
  followUpDays: Type.Optional(
    Type.Array(Type.Integer({ minimum: 1, maximum: 365, title: '回访天数' }), {
      maxItems: 4,
      uniqueItems: true,
      title: '回访安排',
    }),
  ),
});
export const TransitionResult = Type.Object({
  id: Type.Integer(),
  status: HelpStatusSchema,
  responseDueOn: Type.String(),
  handlerName: Nullable(Type.String()),
});

export const RateBody = StrictObject({
  rating: RatingSchema,
  comment: Type.Optional(Type.String({ maxLength: 200, title: '评价意见' })),
});
export const ReplyBody = StrictObject({ body: Type.String({ minLength: 1, maxLength: 1000, title: '回复内容' }) });
export const NoteBody = StrictObject({ body: Type.String({ minLength: 1, maxLength: 1000, title: '备注内容' }) });
