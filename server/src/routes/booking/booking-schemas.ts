import { type Static, Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { KeysetPaging } from '../../schemas/keyset';
import { FreeSlot, SlotTimes } from './room-schemas';

/** A member's bookings: listing, creating, cancelling, checking in. */

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
  limit: KeysetPaging.limit,
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
