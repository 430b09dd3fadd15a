import { Type } from '@sinclair/typebox';
import { Nullable, StrictObject, StringEnum, Timestamp } from '../../schemas/common';

export const TOPICS = ['work', 'life', 'rights', 'suggestion', 'other'] as const;
export const TOPIC_LABELS: Record<(typeof TOPICS)[number], string> = {
  work: '工作',
  life: '生活',
  rights: '权益',
  suggestion: '建议',
  other: '其他',
};
export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export const RATING_LABELS: Record<(typeof RATINGS)[number], string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};
export const STATUSES = ['booked', 'arrived', 'no_show', 'cancelled'] as const;
/** Where a visit stands, from the member's booking to their rating of the reply. */
export const STAGES = [
  'booked',
  'cancelled',
  'no_show',
  'arrived',
  'registered',
  'assigned',
  'replied',
  'rated',
] as const;

export type Topic = (typeof TOPICS)[number];
export type Rating = (typeof RATINGS)[number];
export type Status = (typeof STATUSES)[number];
export type Stage = (typeof STAGES)[number];

const Topic = StringEnum(TOPICS, {
  title: '话题',
  description: 'work 工作，life 生活，rights 权益，suggestion 建议，other 其他',
});
const RatingEnum = StringEnum(RATINGS, {
  title: '评价',
  description: 'satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意',
});
const LocalDate = (title: string) => Type.String({ format: 'date', title, description: '北京时间的日期 YYYY-MM-DD' });
const ClockTime = (title: string) =>
  Type.String({ pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$', title, description: 'HH:MM，北京时间' });

export const ReceptionSession = Type.Object({
  id: Type.Integer(),
  date: Type.String({ description: '接待日期（北京时间）' }),
  startsAt: Timestamp,
  endsAt: Timestamp,
  slotMinutes: Type.Integer(),
  place: Type.String(),
  receiverId: Type.Integer(),
  receiverName: Type.String(),
  receiverRole: StringEnum(['chair', 'vice_chair'], { description: 'chair 工会主席，vice_chair 工会副主席' }),
  weekly: Type.Boolean({ description: '是否属于每周固定的接待日' }),
  status: StringEnum(['open', 'cancelled']),
  cancelReason: Nullable(Type.String()),
  slotCount: Type.Integer(),
  bookedCount: Type.Integer({ description: '已约（含已到、未到）的时段数' }),
  freeSlots: Type.Integer({ description: '尚未结束且无人预约的时段数' }),
  myAppointmentId: Nullable(Type.Integer({ description: '当前会员在本场的有效预约' })),
});

export const SlotView = Type.Object({
  startsAt: Timestamp,
  endsAt: Timestamp,
  state: StringEnum(['free', 'taken', 'mine', 'past']),
});

export const ReceptionSessionDetail = Type.Composite([ReceptionSession, Type.Object({ slots: Type.Array(SlotView) })]);
export const ReceptionSessionList = Type.Object({ items: Type.Array(ReceptionSession) });

export const ReceptionAppointment = Type.Object(
  {
    id: Type.Integer(),
    sessionId: Type.Integer(),
    date: Type.String(),
    slotStart: Timestamp,
    slotEnd: Timestamp,
    place: Type.String(),
    receiverName: Type.String(),
    member: Type.Object({ id: Type.Integer(), name: Type.String(), branchName: Nullable(Type.String()) }),
    topic: Topic,
    confidential: Type.Boolean(),
    contentHidden: Type.Boolean({ description: '会员希望保密：只有接待人和会员本人能看到内容' }),
    description: Nullable(Type.String()),
    status: StringEnum(STATUSES),
    stage: StringEnum(STAGES),
    cancelReason: Nullable(Type.String()),
    cancelledByMember: Type.Boolean(),
    raised: Nullable(Type.String({ description: '登记：会员反映的问题（工作人员可见）' })),
    helpCaseRequested: Type.Boolean({ description: '需转为困难帮扶个案' }),
    helpCaseNote: Nullable(Type.String()),
    helpCaseId: Nullable(Type.Integer({ description: '已转成的困难帮扶个案（会员本人和工作人员可见）' })),
    assignee: Nullable(Type.String({ description: '交办给谁（工作人员可见）' })),
    dueOn: Nullable(Type.String({ description: '答复期限（北京时间的日期）' })),
    overdue: Type.Boolean({ description: '已过答复期限仍未答复' }),
    reply: Nullable(Type.String()),
    repliedAt: Nullable(Timestamp),
    repliedOnTime: Nullable(Type.Boolean()),
    rating: Nullable(RatingEnum),
    ratingComment: Nullable(Type.String()),
    canCancel: Type.Boolean({ description: '当前用户现在能否取消' }),
    canHandle: Type.Boolean({ description: '当前用户能否登记、交办、答复' }),
  },
  { title: '接待预约' },
);

export const AppointmentList = Type.Object({ items: Type.Array(ReceptionAppointment) });

export const TodayReceptions = Type.Object({
  date: Type.String(),
  sessions: Type.Array(ReceptionSession),
  items: Type.Array(ReceptionAppointment, { description: '今日预约，按时间先后' }),
  overdueCount: Type.Integer(),
});

export const WeekReceptions = Type.Object({
  start: Type.String(),
  end: Type.String(),
  sessions: Type.Array(
    Type.Composite([ReceptionSession, Type.Object({ appointments: Type.Array(ReceptionAppointment) })]),
  ),
});

export const FollowUps = Type.Object({ items: Type.Array(ReceptionAppointment), overdueCount: Type.Integer() });

export const ReceptionDesk = Type.Object({
  canManage: Type.Boolean({ description: '本工会的工会主席或工会干事' }),
  isReceiver: Type.Boolean({ description: '担任过或将担任接待人' }),
  todayCount: Type.Integer(),
  pendingCount: Type.Integer({ description: '已接待、尚未答复' }),
  overdueCount: Type.Integer(),
});

export const Receivers = Type.Object({
  items: Type.Array(
    Type.Object({ id: Type.Integer(), name: Type.String(), role: StringEnum(['chair', 'vice_chair']) }),
  ),
});

export const ReceptionSummary = Type.Object({
  month: Type.String(),
  sessions: Type.Integer({ description: '已举办的接待日场次（到今天为止，不含取消）' }),
  appointments: Type.Integer({ description: '预约（不含取消）' }),
  arrived: Type.Integer(),
  noShow: Type.Integer(),
  cancelled: Type.Integer(),
  topics: Type.Array(Type.Object({ topic: Topic, count: Type.Integer() })),
  replies: Type.Object({
    needed: Type.Integer({ description: '已接待、需答复' }),
    replied: Type.Integer(),
    onTime: Type.Integer({ description: '在期限内答复' }),
    overdue: Type.Integer({ description: '已过期限仍未答复' }),
    pending: Type.Integer({ description: '未到期限、尚未答复' }),
    onTimeRate: Nullable(Type.Number({ description: '按期答复率 = 按期答复 / (已答复 + 逾期未复)' })),
  }),
  satisfaction: Type.Object({
    satisfied: Type.Integer(),
    basicallySatisfied: Type.Integer(),
    dissatisfied: Type.Integer(),
    rated: Type.Integer(),
    rate: Nullable(Type.Number({ description: '满意率 = (满意 + 基本满意) / 已评价' })),
  }),
  helpCases: Type.Integer({ description: '需转困难帮扶' }),
});

export const SessionListQuery = StrictObject({
  weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 12, default: 4, title: '往后几周' })),
});

export const WeekQuery = StrictObject({ date: Type.Optional(LocalDate('日期')) });
export const MonthQuery = StrictObject({
  month: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', title: '月份' }),
});

export const BookBody = StrictObject({
  sessionId: Type.Integer({ minimum: 1, title: '接待日' }),
  slotStart: Type.String({ format: 'date-time', title: '时段' }),
  topic: Topic,
  description: Type.String({ minLength: 1, maxLength: 200, title: '简要说明' }),
  confidential: Type.Optional(Type.Boolean({ title: '希望保密' })),
});

export const CancelBody = StrictObject({ reason: Type.Optional(Type.String({ maxLength: 60, title: '取消原因' })) });
export const RateBody = StrictObject({
  rating: RatingEnum,
  comment: Type.Optional(Type.String({ maxLength: 200, title: '评价意见' })),
});
export const AttendanceBody = StrictObject({ attended: Type.Boolean({ title: '是否到场' }) });

export const OutcomeBody = StrictObject({
  raised: Type.String({ minLength: 1, maxLength: 1000, title: '反映的问题' }),
  helpCaseRequested: Type.Optional(Type.Boolean({ title: '转为困难帮扶' })),
  helpCaseNote: Type.Optional(Type.String({ maxLength: 200, title: '帮扶说明' })),
  helpCategoryId: Type.Optional(
    Type.Integer({ minimum: 1, title: '帮扶类别', description: '转为困难帮扶时的求助类别；不填为「其他」' }),
  ),
  helpCaseTitle: Type.Optional(
    Type.String({ maxLength: 50, title: '求助标题', description: '转为困难帮扶时求助的标题；不填取反映问题的第一行' }),
  ),
});

export const AssignBody = StrictObject({
  assignee: Type.String({ minLength: 1, maxLength: 40, title: '交办对象' }),
  dueOn: Type.Optional(LocalDate('答复期限')),
});

export const ReplyBody = StrictObject({ reply: Type.String({ minLength: 1, maxLength: 1000, title: '答复内容' }) });

export const PublishBody = StrictObject({
  repeat: StringEnum(['once', 'weekly'], { title: '重复', description: 'once 单次，weekly 每周' }),
  date: LocalDate('日期'),
  until: Type.Optional(LocalDate('重复截止日期')),
  startTime: ClockTime('开始时间'),
  endTime: ClockTime('结束时间'),
  slotMinutes: Type.Integer({ minimum: 10, maximum: 120, title: '每个时段分钟数' }),
  place: Type.String({ minLength: 1, maxLength: 40, title: '地点' }),
  receiverId: Type.Integer({ minimum: 1, title: '接待人' }),
});

export const PublishResult = Type.Object({ created: Type.Integer(), items: Type.Array(ReceptionSession) });
export const CancelSessionBody = StrictObject({
  reason: Type.String({ minLength: 1, maxLength: 60, title: '取消原因' }),
});
