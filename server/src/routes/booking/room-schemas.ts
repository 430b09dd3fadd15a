import { type Static, Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';

/** Rooms and what a member sees before booking one: opening hours, quotas, the day's slots. */

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
