import { type Static, Type } from '@sinclair/typebox';
import { Nullable, StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { KeysetPaging, NextPage } from '../../schemas/keyset';
import { MODES, STATUSES } from './rules';

export const tags = ['心理咨询'];

export const Mode = StringEnum(MODES, { title: '咨询方式', description: 'in_person 面谈，phone 电话，online 线上' });
export const Status = StringEnum(STATUSES, {
  title: '状态',
  description:
    'requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场',
});
const Contact = StringEnum(['message', 'phone'] as const, {
  title: '联系方式',
  description: 'message 只通过小程序消息，phone 可以打电话',
});
const Clock = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][05]$|^24:00$',
  title: '时间',
  description: '当地时间 HH:MM，分钟为 5 的倍数',
});
const Day = (title: string) => Type.String({ format: 'date', title });
const Instant = (title: string) => Type.String({ format: 'date-time', title });

export const Hotline = Type.Object({
  number: Type.String({ pattern: '^[0-9-]{3,20}$', title: '热线号码' }),
  label: Type.String({ minLength: 1, maxLength: 20, title: '热线名称' }),
});

export const Overview = Type.Object({
  hotlines: Type.Array(Hotline),
  consent: Type.Object({
    version: Type.String({ description: '当前同意书版本' }),
    agreed: Nullable(Type.Object({ version: Type.String(), agreedAt: Timestamp })),
    /** Agreed to an older version: must read and agree again before booking. */
    needsRenewal: Type.Boolean(),
  }),
  policy: Type.Object({
    windowDays: Type.Integer(),
    minNoticeHours: Type.Integer(),
    cancelCutoffHours: Type.Integer(),
    maxUpcoming: Type.Integer(),
    retentionYears: Type.Integer(),
  }),
  access: Type.Object({
    counsellorId: Nullable(Type.Integer({ description: '当前会员的咨询师档案（是咨询师时）' })),
    canManage: Type.Boolean({ description: '工会干事、主席：管理咨询师和设置' }),
    canSeeStats: Type.Boolean({ description: '工会干事、主席：每月次数统计' }),
  }),
});

export const ConsentBody = StrictObject({ version: Type.String({ minLength: 1, maxLength: 20, title: '同意书版本' }) });
export const WithdrawResult = Type.Object({
  cancelled: Type.Integer({ description: '因撤回而取消的未开始预约' }),
  anonymised: Type.Integer({ description: '去除身份信息后只保留次数的记录' }),
});

export const Counsellor = Type.Object({
  id: Type.Integer(),
  displayName: Type.String(),
  qualifications: Type.String(),
  introduction: Type.String(),
  modes: Type.Array(Mode),
  room: Type.String(),
  slotMinutes: Type.Integer(),
  nextSlotAt: Nullable(Timestamp),
});
export const CounsellorList = Type.Object({ items: Type.Array(Counsellor) });

export const SlotDays = Type.Object({
  counsellorId: Nullable(Type.Integer({ description: '任一咨询师时为空' })),
  days: Type.Array(
    Type.Object({ date: Type.String(), slots: Type.Array(Type.Object({ startsAt: Timestamp, endsAt: Timestamp })) }),
  ),
});
export const SlotQuery = StrictObject({ mode: Type.Optional(Mode) });

export const CreateRequestBody = StrictObject({
  counsellorId: Type.Optional(Nullable(Type.Integer({ minimum: 1, title: '咨询师' }))),
  startsAt: Instant('预约时段'),
  mode: Mode,
  alias: Type.Optional(Type.String({ maxLength: 20, title: '化名' })),
  note: Type.Optional(Type.String({ maxLength: 500, title: '想说的话' })),
  contact: Contact,
});

const CounsellorRef = Type.Object({ id: Type.Integer(), displayName: Type.String(), room: Type.String() });

/** What the member and the assigned counsellor both see of an appointment. */
const appointmentFields = {
  id: Type.Integer(),
  status: Status,
  mode: Mode,
  startsAt: Timestamp,
  endsAt: Timestamp,
  requestedStartsAt: Nullable(Timestamp),
  note: Nullable(Type.String()),
  contact: Contact,
  arrangement: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  cancelledBy: Nullable(Type.String()),
  createdAt: Timestamp,
};

export const MemberAppointment = Type.Object({
  ...appointmentFields,
  counsellor: CounsellorRef,
  alias: Nullable(Type.String()),
  rating: Nullable(Type.Integer()),
  canCancel: Type.Boolean(),
  cancelDeadline: Nullable(Timestamp),
  canRate: Type.Boolean(),
});
export const MemberAppointmentPage = Type.Object({ items: Type.Array(MemberAppointment), next: NextPage });
export const MyListQuery = StrictObject({
  scope: Type.Optional(StringEnum(['upcoming', 'past'] as const, { title: '范围' })),
  ...KeysetPaging,
});
export const RatingBody = StrictObject({ score: Type.Integer({ minimum: 1, maximum: 5, title: '评分' }) });

export const DeskAppointment = Type.Object({
  ...appointmentFields,
  client: Type.Object({
    name: Type.String({ description: '化名（会员填写时）或姓名；已匿名的记录为“已匿名”' }),
    isAlias: Type.Boolean(),
    phone: Nullable(Type.String({ description: '仅当会员同意电话联系时' })),
  }),
  hasNote: Type.Boolean(),
  anonymised: Type.Boolean(),
});
export const DeskAppointmentPage = Type.Object({ items: Type.Array(DeskAppointment), next: NextPage });
export const DeskListQuery = StrictObject({
  scope: Type.Optional(StringEnum(['pending', 'upcoming', 'past'] as const, { title: '范围' })),
  ...KeysetPaging,
});
export const DeskSummary = Type.Object({
  counsellor: Counsellor,
  active: Type.Boolean(),
  rating: Type.Object({
    average: Nullable(Type.Number({ description: '至少 3 条评价后显示' })),
    count: Type.Integer(),
  }),
  pending: Type.Integer(),
  upcoming: Type.Integer(),
});
export const ConfirmBody = StrictObject({
  arrangement: Type.Optional(Type.String({ maxLength: 200, title: '见面安排' })),
});
export const ProposeBody = StrictObject({ startsAt: Instant('建议的时间') });
export const DeclineBody = StrictObject({ reason: Type.String({ minLength: 1, maxLength: 200, title: '婉拒原因' }) });
export const Note = Type.Object({ text: Nullable(Type.String()), updatedAt: Nullable(Timestamp) });
export const NoteBody = StrictObject({ text: Type.String({ minLength: 1, maxLength: 5000, title: '咨询笔记' }) });

const WeeklyHours = StrictObject({
  weekday: Type.Integer({ minimum: 1, maximum: 7, title: '星期' }),
  starts: Clock,
  ends: Clock,
});
const SessionLength = {
  slotMinutes: Type.Integer({ minimum: 20, maximum: 180, multipleOf: 5, title: '每次时长（分钟）' }),
  bufferMinutes: Type.Integer({ minimum: 0, maximum: 120, multipleOf: 5, title: '间隔（分钟）' }),
};
export const Leave = Type.Object({
  id: Type.Integer(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  reason: Type.String(),
});
export const ScheduleView = Type.Object({
  slotMinutes: Type.Integer(),
  bufferMinutes: Type.Integer(),
  hours: Type.Array(Type.Object({ weekday: Type.Integer(), starts: Type.String(), ends: Type.String() })),
  leave: Type.Array(Leave),
});
export const ScheduleBody = StrictObject({
  ...SessionLength,
  hours: Type.Array(WeeklyHours, { maxItems: 28, title: '每周时间' }),
});
export const LeaveBody = StrictObject({
  startsOn: Day('开始日期'),
  endsOn: Day('结束日期'),
  reason: Type.Optional(Type.String({ maxLength: 30, title: '事由' })),
});
export const LeaveResult = Type.Object({
  leave: Leave,
  affected: Type.Integer({ description: '这段时间里仍待处理或已确认的预约，需要逐一改期或婉拒' }),
});

const profileFields = {
  displayName: Type.String({ minLength: 1, maxLength: 20, title: '显示名称' }),
  qualifications: Type.String({ maxLength: 200, title: '资质' }),
  introduction: Type.String({ maxLength: 1000, title: '简介' }),
  modes: Type.Array(Mode, { minItems: 1, maxItems: 3, uniqueItems: true, title: '咨询方式' }),
  room: Type.String({ maxLength: 60, title: '咨询室' }),
  ...SessionLength,
};
export const CreateCounsellorBody = StrictObject({
  staffNo: Type.String({ pattern: '^[A-Za-z0-9-]{1,20}$', title: '工号' }),
  ...profileFields,
  qualifications: Type.Optional(profileFields.qualifications),
  introduction: Type.Optional(profileFields.introduction),
  room: Type.Optional(profileFields.room),
  slotMinutes: Type.Optional(profileFields.slotMinutes),
  bufferMinutes: Type.Optional(profileFields.bufferMinutes),
});
export const UpdateCounsellorBody = Type.Partial(
  StrictObject({ ...profileFields, active: Type.Boolean({ title: '在岗' }) }),
  {
    minProperties: 1,
    additionalProperties: false,
  },
);
export const ManagedCounsellor = Type.Composite([
  Counsellor,
  Type.Object({
    memberName: Type.String(),
    staffNo: Type.String(),
    bufferMinutes: Type.Integer(),
    active: Type.Boolean(),
  }),
]);
export const ManagedCounsellorList = Type.Object({ items: Type.Array(ManagedCounsellor) });

export const SettingsBody = StrictObject({
  hotlines: Type.Array(Hotline, { minItems: 1, maxItems: 5, title: '热线' }),
  windowDays: Type.Integer({ minimum: 1, maximum: 60, title: '可预约天数' }),
  minNoticeHours: Type.Integer({ minimum: 0, maximum: 168, title: '最少提前小时数' }),
  cancelCutoffHours: Type.Integer({ minimum: 0, maximum: 168, title: '取消截止（开始前小时数）' }),
});

const ModeCounts = Type.Object({ in_person: Type.Integer(), phone: Type.Integer(), online: Type.Integer() });
export const Stats = Type.Object({
  months: Type.Array(
    Type.Object({
      month: Type.String({ description: 'YYYY-MM' }),
      requests: Type.Integer({ description: '当月提交的预约申请' }),
      completed: Type.Integer({ description: '当月完成的咨询' }),
      byMode: ModeCounts,
    }),
  ),
});
export const StatsQuery = StrictObject({
  months: Type.Optional(Type.Integer({ minimum: 1, maximum: 12, default: 6, title: '月数' })),
});

export type MemberAppointmentView = Static<typeof MemberAppointment>;
export type DeskAppointmentView = Static<typeof DeskAppointment>;
export type CounsellorView = Static<typeof Counsellor>;
