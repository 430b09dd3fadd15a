import { Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';

/** Suspensions after repeated no-shows, and the member's appeal against one. */

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
