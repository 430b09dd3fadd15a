import { Type } from '@sinclair/typebox';
import { Paging, StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { BookingStatus, Decision, LocalDate, Room, RoomMode, SlotTimes, Suspension } from './schemas';

export const RoomCollection = Type.Object({ items: Type.Array(Room) });

export const ArchiveResult = Type.Object({ cancelledBookings: Type.Integer({ description: '因停用而取消的预约数' }) });

export const PosterQuery = StrictObject({
  format: Type.Optional(StringEnum(['png', 'svg'], { title: '格式', description: 'png 签到码图片，svg 可打印海报（A4）' })),
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
  roomId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { title: '场地', description: '不填或 null：全部场地' })),
  startsOn: LocalDate('开始日期'),
  endsOn: LocalDate('结束日期'),
  reason: Type.String({ minLength: 1, maxLength: 30, title: '原因' }),
});

export const ClosureCreated = Type.Object({ closure: Closure, cancelledBookings: Type.Integer({ description: '因闭馆取消并已通知的预约数' }) });

export const CreateSeriesBody = StrictObject({
  roomId: Type.Integer({ minimum: 1, title: '场地' }),
  title: Type.String({ minLength: 1, maxLength: 30, title: '名称', description: '如“羽毛球社训练”' }),
  weekday: Type.Integer({ minimum: 1, maximum: 7, title: '星期' }),
  start: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', title: '开始时间' }),
  startsOn: LocalDate('首次日期'),
  endsOn: LocalDate('截止日期'),
  seats: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, title: '占用座位数', description: '按座位预约的场地可只占部分；默认整场' })),
});

export const Series = Type.Object({
  id: Type.Integer(),
  roomId: Type.Integer(),
  roomName: Type.String(),
  title: Type.String(),
  weekday: Type.Integer(),
  start: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  seats: Type.Integer(),
  upcomingBookings: Type.Integer(),
  createdAt: Timestamp,
});

export const SeriesList = Type.Object({ items: Type.Array(Series) });

export const SeriesCreated = Type.Object({
  series: Series,
  booked: Type.Array(Type.Object({ date: Type.String(), startsAt: Timestamp, bookingId: Type.Integer() })),
  conflicts: Type.Array(
    Type.Object({ date: Type.String(), startsAt: Type.Union([Timestamp, Type.Null()]), reason: Type.String({ description: '未能预约的原因' }) }),
  ),
});

export const SeriesCancelled = Type.Object({ cancelledBookings: Type.Integer() });

export const ManagedBookingsQuery = StrictObject({
  status: Type.Optional(BookingStatus),
  roomId: Type.Optional(Type.Integer({ minimum: 1, title: '场地' })),
  from: Type.Optional(LocalDate('开始日期')),
  to: Type.Optional(LocalDate('结束日期')),
  ...Paging,
});

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
  busiestHours: Type.Array(Type.Object({ hour: Type.Integer({ description: '开始的整点（0–23）' }), bookings: Type.Integer() }), {
    description: '按预约数从多到少',
  }),
});

export const Settings = Type.Object({
  noShowLimit: Type.Integer({ minimum: 1, maximum: 20, title: '未到场次数' }),
  noShowWindowDays: Type.Integer({ minimum: 1, maximum: 365, title: '统计天数' }),
  suspensionDays: Type.Integer({ minimum: 1, maximum: 365, title: '暂停天数' }),
});
export const SettingsBody = Type.Object(Settings.properties, { additionalProperties: false });

export const SuspensionListQuery = StrictObject({
  appeal: Type.Optional(StringEnum(['pending', 'any'], { title: '申诉', description: 'pending 只看待处理的申诉' })),
  ...Paging,
});

export const SuspensionPage = Type.Object({ items: Type.Array(Suspension), total: Type.Integer() });

export const DecideAppealBody = StrictObject({ decision: Decision, reply: Type.Optional(Type.String({ minLength: 1, maxLength: 200, title: '答复' })) });
