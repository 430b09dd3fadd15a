import { Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { KeysetPaging, NextPage } from '../../schemas/keyset';
import { Booking, BookingStatus, Decision, LocalDate, Room, RoomMode, SlotTimes, Suspension } from './schemas';

export const RoomCollection = Type.Object({ items: Type.Array(Room) });

export const ArchiveResult = Type.Object({ cancelledBookings: Type.Integer({ description: '因停用而取消的预约数' }) });

export const PosterQuery = StrictObject({
  format: Type.Optional(
    StringEnum(['png', 'svg'], { title: '格式', description: 'png 签到码图片，svg 可打印海报（A4）' }),
  ),
});

export const Closure = Type.Object({
  id: Type.Integer(),
  roomId: Type.Union([Type.Integer(), Type.Null()], { description: 'null 表示全部场地' }),
  roomName: Type.Union([Type.String(), Type.Null()]),
  startsOn: Type.String(),
  endsOn: Type.String(),
  reason: Type.String(),
  createdAt: Timestamp,
});

export const ClosureList = Type.Object({ items: Type.Array(Closure) });

export const ClosureListQuery = StrictObject({ includePast: Type.Optional(Type.Boolean({ title: '包括已结束的' })) });

export const CreateClosureBody = StrictObject({
  roomId: Type.Optional(
    Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { title: '场地', description: '不填或 null：全部场地' }),
  ),
  startsOn: LocalDate('开始日期'),
  endsOn: LocalDate('结束日期'),
  reason: Type.String({ minLength: 1, maxLength: 30, title: '原因' }),
});

export const ClosureCreated = Type.Object({
  closure: Closure,
  cancelledBookings: Type.Integer({ description: '因闭馆取消并已通知的预约数' }),
});

const Weekday = Type.Integer({ minimum: 1, maximum: 7, title: '星期', description: '1 周一 … 7 周日' });

export const CreateSeriesBody = StrictObject({
  roomId: Type.Integer({ minimum: 1, title: '场地' }),
  title: Type.String({
    minLength: 1,
    maxLength: 30,
    title: '用途',
    description: '会员和工会干事看到的名称，如“羽毛球社训练”',
  }),
  weekdays: Type.Optional(Type.Array(Weekday, { minItems: 1, maxItems: 7, uniqueItems: true, title: '星期' })),
  weekday: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 7, title: '星期', description: '只有一天时可代替 weekdays' }),
  ),
  start: Type.String({
    pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
    title: '开始时间',
    description: '第一个时段的开始时间 HH:MM',
  }),
  slots: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 12,
      title: '连续时段数',
      description: '每次占用从开始时间起连续的几个时段；默认 1',
    }),
  ),
  startsOn: LocalDate('首次日期'),
  endsOn: LocalDate('截止日期'),
  seats: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 1000,
      title: '占用座位数',
      description: '按座位预约的场地可只占部分；默认整场',
    }),
  ),
});

export const SeriesStatus = StringEnum(['active', 'ended', 'cancelled'], {
  description: 'active 进行中，ended 已到截止日期，cancelled 已取消',
});

export const Series = Type.Object({
  id: Type.Integer(),
  roomId: Type.Integer(),
  roomName: Type.String(),
  title: Type.String(),
  weekdays: Type.Array(Type.Integer(), { description: '1 周一 … 7 周日，从小到大' }),
  start: Type.String({ description: '第一个时段开始 HH:MM' }),
  end: Type.String({ description: '最后一个时段结束 HH:MM（可为 24:00）' }),
  slots: Type.Integer({ description: '每次连续的时段数' }),
  startsOn: Type.String(),
  endsOn: Type.String(),
  seats: Type.Integer(),
  status: SeriesStatus,
  createdBy: Type.Object({ id: Type.Integer(), name: Type.String() }),
  heldBookings: Type.Integer({ description: '已安排的次数（不含已取消）' }),
  upcomingBookings: Type.Integer({ description: '尚未开始的次数' }),
  nextStartsAt: Type.Union([Timestamp, Type.Null()], { description: '下一次开始时间' }),
  cancelledAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
});

export const SeriesListQuery = StrictObject({ roomId: Type.Optional(Type.Integer({ minimum: 1, title: '场地' })) });

export const SeriesList = Type.Object({
  items: Type.Array(Series, { description: '进行中的在前（按首次日期），其后是已结束和已取消的（新的在前）' }),
});

const Occurrence = {
  date: Type.String({ description: '本地日期' }),
  start: Type.String({ description: 'HH:MM' }),
  end: Type.Union([Type.String(), Type.Null()], { description: 'HH:MM；当天没有该时段时为 null' }),
  startsAt: Type.Union([Timestamp, Type.Null()]),
};

export const SeriesCreated = Type.Object({
  series: Series,
  booked: Type.Array(
    Type.Object({
      date: Type.String(),
      start: Type.String(),
      end: Type.String(),
      startsAt: Timestamp,
      bookingId: Type.Integer(),
    }),
    {
      description: '已预约的每一次',
    },
  ),
  skipped: Type.Array(
    Type.Object({ ...Occurrence, reason: Type.String({ description: '跳过的原因：闭馆（附闭馆原因）、时间已过' }) }),
    {
      description: '因闭馆或时间已过而跳过的每一次',
    },
  ),
  conflicts: Type.Array(
    Type.Object({
      ...Occurrence,
      reason: Type.String({ description: '未能预约的原因，写明被谁占用' }),
      heldBy: Type.Array(Type.String(), { description: '占用该时段的会员姓名或固定安排名称' }),
    }),
    { description: '与已有预约冲突、未能预约的每一次' },
  ),
});

export const SeriesCancelled = Type.Object({
  series: Series,
  cancelledBookings: Type.Integer({ description: '释放的尚未开始的次数' }),
});

export const ManagedBookingsQuery = StrictObject({
  status: Type.Optional(BookingStatus),
  roomId: Type.Optional(Type.Integer({ minimum: 1, title: '场地' })),
  from: Type.Optional(LocalDate('开始日期')),
  to: Type.Optional(LocalDate('结束日期')),
  ...KeysetPaging,
});

export const ManagedBookingPage = Type.Object({ items: Type.Array(Booking), total: Type.Integer(), next: NextPage });

export const DecideBookingBody = StrictObject({
  decision: Decision,
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 60, title: '理由' })),
});

export const DayQuery = StrictObject({ date: Type.Optional(LocalDate('日期')) });

export const DayView = Type.Object({
  date: Type.String(),
  rooms: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      mode: RoomMode,
      capacity: Type.Integer(),
      closedReason: Type.Union([Type.String(), Type.Null()]),
      slots: Type.Array(
        Type.Object({
          ...SlotTimes,
          capacity: Type.Integer(),
          booked: Type.Integer(),
          bookings: Type.Array(
            Type.Object({
              id: Type.Integer(),
              member: Type.Object({ id: Type.Integer(), name: Type.String(), staffNo: Type.String() }),
              status: BookingStatus,
              source: Type.String(),
              seats: Type.Integer(),
              note: Type.String(),
              checkedInAt: Type.Union([Timestamp, Type.Null()]),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const MonthQuery = StrictObject({
  month: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', title: '月份', description: 'YYYY-MM' }),
});

const UsageFigures = {
  bookings: Type.Integer({ description: '预约数（不含取消、驳回）' }),
  checkedIn: Type.Integer(),
  noShows: Type.Integer(),
  cancelled: Type.Integer(),
  checkInRate: Type.Union([Type.Number(), Type.Null()], { description: '签到率 = 已签到 /（已签到 + 未到场）' }),
  noShowRate: Type.Union([Type.Number(), Type.Null()], { description: '爽约率 = 未到场 /（已签到 + 未到场）' }),
};

export const Usage = Type.Object({
  month: Type.String(),
  totals: Type.Object(UsageFigures),
  rooms: Type.Array(Type.Object({ roomId: Type.Integer(), roomName: Type.String(), ...UsageFigures })),
  busiestHours: Type.Array(
    Type.Object({ hour: Type.Integer({ description: '开始的整点（0–23）' }), bookings: Type.Integer() }),
    {
      description: '按预约数从多到少',
    },
  ),
});

export const Settings = Type.Object({
  noShowLimit: Type.Integer({ minimum: 1, maximum: 20, title: '未到场次数' }),
  noShowWindowDays: Type.Integer({ minimum: 1, maximum: 365, title: '统计天数' }),
  suspensionDays: Type.Integer({ minimum: 1, maximum: 365, title: '暂停天数' }),
});
export const SettingsBody = Type.Object(Settings.properties, { additionalProperties: false });

export const SuspensionListQuery = StrictObject({
  appeal: Type.Optional(StringEnum(['pending', 'any'], { title: '申诉', description: 'pending 只看待处理的申诉' })),
  ...KeysetPaging,
});

export const SuspensionPage = Type.Object({ items: Type.Array(Suspension), total: Type.Integer(), next: NextPage });

export const DecideAppealBody = StrictObject({
  decision: Decision,
  reply: Type.Optional(Type.String({ minLength: 1, maxLength: 200, title: '答复' })),
});
