import { type Static, Type } from '@sinclair/typebox';
import { Paging, StrictObject, StringEnum, Timestamp } from '../../schemas/common';

export const tags = ['活动预约'];

export const LocalDate = (title: string) =>
  Type.String({ format: 'date', title, description: '本地日期 YYYY-MM-DD（北京时间）' });
const Clock = (title: string) =>
  Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', title, description: 'HH:MM（北京时间）' });
const ClosingClock = (title: string) =>
  Type.String({ pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$', title, description: 'HH:MM，可为 24:00' });
const Quota = (title: string, maximum: number) =>
  Type.Union([Type.Integer({ minimum: 1, maximum }), Type.Null()], { title, description: 'null 表示不限' });

export const RoomMode = StringEnum(['whole', 'seats'], {
  title: '预约方式',
  description: 'whole 每个时段整场预约，seats 按座位预约',
});

export const OpeningPeriod = Type.Object(
  {
    weekday: Type.Integer({ minimum: 1, maximum: 7, title: '星期', description: '1 周一 … 7 周日' }),
    opens: Clock('开放时间'),
    closes: ClosingClock('关闭时间'),
  },
  { additionalProperties: false },
);

const roomFields = {
  name: Type.String({ minLength: 1, maxLength: 30, title: '场地名称' }),
  location: Type.String({ maxLength: 60, title: '位置' }),
  description: Type.String({ maxLength: 500, title: '简介' }),
  photos: Type.Array(Type.String({ minLength: 1, maxLength: 500, title: '照片地址' }), { maxItems: 6, title: '照片' }),
  mode: RoomMode,
  capacity: Type.Integer({
    minimum: 1,
    maximum: 1000,
    title: '容量',
    description: 'seats：每个时段的座位数；whole：可容纳人数（仅展示）',
  }),
  slotMinutes: Type.Integer({ minimum: 15, maximum: 480, multipleOf: 5, title: '时段长度（分钟）' }),
  openingHours: Type.Array(OpeningPeriod, { maxItems: 28, title: '开放时间' }),
  windowDays: Type.Integer({ minimum: 0, maximum: 60, title: '可提前预约天数' }),
  releaseTime: Clock('每日放号时间'),
  cancelCutoffMinutes: Type.Integer({ minimum: 0, maximum: 10080, title: '开始前多少分钟停止取消' }),
  quotaPerDay: Quota('每人每天次数', 50),
  quotaPerWeek: Quota('每人每周次数', 100),
  quotaUpcoming: Quota('每人未使用预约上限', 100),
  requiresApproval: Type.Boolean({ title: '需要审批' }),
  checkInBeforeMinutes: Type.Integer({ minimum: 0, maximum: 120, title: '开始前可签到分钟数' }),
  checkInAfterMinutes: Type.Integer({ minimum: 1, maximum: 120, title: '开始后可签到分钟数' }),
};

export const CreateRoomBody = StrictObject({
  name: roomFields.name,
  mode: roomFields.mode,
  capacity: roomFields.capacity,
  slotMinutes: roomFields.slotMinutes,
  openingHours: roomFields.openingHours,
  location: Type.Optional(roomFields.location),
  description: Type.Optional(roomFields.description),
  photos: Type.Optional(roomFields.photos),
  windowDays: Type.Optional(roomFields.windowDays),
  releaseTime: Type.Optional(roomFields.releaseTime),
  cancelCutoffMinutes: Type.Optional(roomFields.cancelCutoffMinutes),
  quotaPerDay: Type.Optional(roomFields.quotaPerDay),
  quotaPerWeek: Type.Optional(roomFields.quotaPerWeek),
  quotaUpcoming: Type.Optional(roomFields.quotaUpcoming),
  requiresApproval: Type.Optional(roomFields.requiresApproval),
  checkInBeforeMinutes: Type.Optional(roomFields.checkInBeforeMinutes),
  checkInAfterMinutes: Type.Optional(roomFields.checkInAfterMinutes),
});

export const UpdateRoomBody = Type.Partial(StrictObject({ ...roomFields, active: Type.Boolean({ title: '启用' }) }), {
  minProperties: 1,
  additionalProperties: false,
});

export const Room = Type.Object(
  {
    id: Type.Integer(),
    code: Type.String({ description: '签到码（小程序码 scene）' }),
    active: Type.Boolean(),
    ...roomFields,
  },
  { title: '场地' },
);
export type RoomRecord = Static<typeof Room> & { unionId: number };

export const SlotState = StringEnum(['free', 'few', 'full', 'mine', 'closed', 'past'], {
  description: 'free 可约，few 余量紧张，full 已约满，mine 我已预约，closed 不开放/未放号，past 已过',
});

export const SlotTimes = {
  startsAt: Timestamp,
  endsAt: Timestamp,
  date: Type.String({ description: '本地日期' }),
  start: Type.String({ description: 'HH:MM' }),
  end: Type.String({ description: 'HH:MM' }),
};

export const FreeSlot = Type.Object({ ...SlotTimes, remaining: Type.Integer() });

export const RoomSummary = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  location: Type.String(),
  description: Type.String(),
  photos: Type.Array(Type.String()),
  mode: RoomMode,
  capacity: Type.Integer(),
  slotMinutes: Type.Integer(),
  requiresApproval: Type.Boolean(),
});

export const RoomList = Type.Object({
  items: Type.Array(
    Type.Composite([
      RoomSummary,
      Type.Object({
        today: Type.Object({
          date: Type.String(),
          note: Type.Union([Type.String(), Type.Null()], { description: '今日不开放的原因' }),
          freeCount: Type.Integer({ description: '今天还可预约的时段数' }),
          freeSlots: Type.Array(FreeSlot, { description: '今天接下来的可约时段（最多 8 个）' }),
        }),
      }),
    ]),
  ),
});

export const AvailabilityQuery = StrictObject({ date: Type.Optional(LocalDate('日期')) });

/** The rules a member reads on the room page before booking. */
export const RoomRules = Type.Pick(Room, [
  'openingHours',
  'windowDays',
  'releaseTime',
  'cancelCutoffMinutes',
  'quotaPerDay',
  'quotaPerWeek',
  'quotaUpcoming',
  'requiresApproval',
  'checkInBeforeMinutes',
  'checkInAfterMinutes',
]);

const QuotaUse = Type.Union([Type.Object({ used: Type.Integer(), limit: Type.Integer() }), Type.Null()], {
  description: 'null 表示不限',
});

export const QuotaUsage = Type.Object(
  {
    date: Type.String({ description: '“当天”所指的日期（即所查看的日期）' }),
    weekStart: Type.String({ description: '该日期所在周的周一' }),
    weekEnd: Type.String({ description: '该日期所在周的周日' }),
    perDay: QuotaUse,
    perWeek: QuotaUse,
    upcoming: Type.Union([
      Type.Object({ used: Type.Integer({ description: '尚未使用的预约（待审核、已预约）' }), limit: Type.Integer() }),
      Type.Null(),
    ]),
  },
  { description: '本人在该场地已用的次数，与预约时检查的完全一致' },
);

export const Availability = Type.Object({
  room: RoomSummary,
  rules: RoomRules,
  quota: Type.Union([QuotaUsage, Type.Null()], { description: 'null：该场地不限次数' }),
  today: Type.String(),
  date: Type.String({ description: '所查看的日期' }),
  note: Type.Union([Type.String(), Type.Null()], {
    description: '所查看日期不可预约的原因（如“寒假”“08:00 开放预约”“不开放”），可预约时为 null',
  }),
  slotCapacity: Type.Integer({ description: '每个时段的名额：整场预约为 1，按座位预约为座位数' }),
  dates: Type.Array(
    Type.Object({
      date: Type.String(),
      weekday: Type.Integer({ description: '1 周一 … 7 周日' }),
      bookable: Type.Boolean(),
      note: Type.Union([Type.String(), Type.Null()], { description: '不可预约的原因，如“寒假”“08:00 开放预约”' }),
      freeSlots: Type.Integer(),
    }),
  ),
  slots: Type.Array(
    Type.Object({
      start: Type.String({
        description:
          '开始时刻 HH:MM（北京时间）；与 date 合起来即预约时提交的 startsAt，如 2026-12-03 与 08:00 即 2026-12-03T08:00:00+08:00',
      }),
      remaining: Type.Integer(),
      state: SlotState,
      myBookingId: Type.Optional(Type.Integer({ description: '本人在该时段的预约，仅 mine 时有' })),
    }),
    {
      description:
        '所查看日期的时段，按开始时间排列，每个长 room.slotMinutes 分钟。日期、不可预约原因与名额对每个时段都一样，只在上层写一次（date、note、slotCapacity）：这是会员打开最多的页面，应答越小越好',
    },
  ),
});

export const BookingStatus = StringEnum(['pending', 'confirmed', 'checked_in', 'no_show', 'cancelled', 'rejected'], {
  title: '状态',
  description: 'pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过',
});

export const Booking = Type.Object(
  {
    id: Type.Integer(),
    room: Type.Object({ id: Type.Integer(), name: Type.String(), location: Type.String() }),
    member: Type.Object({ id: Type.Integer(), name: Type.String() }),
    ...SlotTimes,
    status: BookingStatus,
    source: StringEnum(['member', 'walk_in', 'series'], {
      description: 'member 会员预约，walk_in 扫码立即使用，series 工会固定安排',
    }),
    seats: Type.Integer(),
    note: Type.String(),
    reason: Type.Union([Type.String(), Type.Null()], { description: '取消、驳回或未到场的原因' }),
    checkedInAt: Type.Union([Timestamp, Type.Null()]),
    createdAt: Timestamp,
    cancellable: Type.Boolean({ description: '本人现在能否取消' }),
    cancelDeadline: Timestamp,
    checkInOpensAt: Timestamp,
    checkInClosesAt: Timestamp,
  },
  { title: '预约' },
);
export type BookingView = Static<typeof Booking>;

export const BookingPage = Type.Object({ items: Type.Array(Booking), total: Type.Integer() });

export const MyBookingsQuery = StrictObject({
  scope: Type.Optional(
    StringEnum(['upcoming', 'past'], { title: '范围', description: 'upcoming 未结束的，past 已结束、取消或未到场的' }),
  ),
  limit: Paging.limit,
  after: Type.Optional(
    Type.String({
      pattern: '^[0-9]{1,15}\\.[0-9]{1,10}$',
      title: '从哪一条之后',
      description: '上一页返回的 nextCursor；不填为第一页',
    }),
  ),
});

/** 我的预约 one page at a time: nextCursor (null on the last page) is the next page's `after`. */
export const MyBookingPage = Type.Object({
  items: Type.Array(Booking),
  total: Type.Integer(),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const CreateBookingBody = StrictObject({
  roomId: Type.Integer({ minimum: 1, title: '场地' }),
  startsAt: Type.String({ format: 'date-time', title: '时段开始时间' }),
  note: Type.Optional(Type.String({ maxLength: 60, title: '备注' })),
});

export const CancelBookingBody = StrictObject({
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 60, title: '取消原因' })),
});

export const CheckInBody = StrictObject({
  scene: Type.String({ minLength: 1, maxLength: 32, title: '签到码' }),
  walkIn: Type.Optional(Type.Boolean({ title: '立即使用', description: 'true：没有预约时预约当前时段并签到' })),
});

export const CheckInResult = Type.Object({
  outcome: StringEnum(['checked_in', 'already_checked_in', 'walked_in', 'not_checked_in'], {
    description:
      'checked_in 签到成功，already_checked_in 已签到过，walked_in 立即使用成功，not_checked_in 未签到（见 message）',
  }),
  message: Type.String({ description: '给会员看的一句话' }),
  room: Type.Object({ id: Type.Integer(), name: Type.String(), location: Type.String() }),
  booking: Type.Union([Booking, Type.Null()]),
  walkIn: Type.Union([FreeSlot, Type.Null()], { description: '可“立即使用”的时段' }),
  nextFree: Type.Union([FreeSlot, Type.Null()], { description: '之后最近的可约时段' }),
});

export const Appeal = Type.Object({
  status: StringEnum(['pending', 'approved', 'rejected']),
  reason: Type.String(),
  reply: Type.Union([Type.String(), Type.Null()]),
  appealedAt: Timestamp,
  decidedAt: Type.Union([Timestamp, Type.Null()]),
});

export const Suspension = Type.Object(
  {
    id: Type.Integer(),
    member: Type.Object({ id: Type.Integer(), name: Type.String(), staffNo: Type.String() }),
    startsAt: Timestamp,
    endsAt: Timestamp,
    reason: Type.String(),
    status: StringEnum(['active', 'lifted', 'ended'], {
      description: 'active 暂停中，lifted 申诉通过已解除，ended 已到期',
    }),
    appeal: Type.Union([Appeal, Type.Null()]),
  },
  { title: '预约暂停' },
);

export const Standing = Type.Object({
  suspension: Type.Union([Suspension, Type.Null()], { description: '当前或最近一次暂停（已到期的不返回）' }),
  recentNoShows: Type.Integer({ description: '统计期内计入的未到场次数' }),
  noShowLimit: Type.Integer(),
  noShowWindowDays: Type.Integer(),
  suspensionDays: Type.Integer(),
});

export const AppealBody = StrictObject({ reason: Type.String({ minLength: 1, maxLength: 300, title: '申诉理由' }) });

export const Decision = StringEnum(['approve', 'reject'], { title: '处理结果' });
