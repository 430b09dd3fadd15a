import { Type } from '@sinclair/typebox';
import { StringEnum, Timestamp } from './common';

export const RoleNameSchema = StringEnum(['staff', 'chair', 'counsellor', 'supervisor'], { title: '角色' });

export const UnionRef = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  kind: StringEnum(['city', 'district', 'school', 'branch']),
});

export const Me = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    staffNo: Type.String(),
    union: UnionRef,
    branch: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String() }), Type.Null()]),
    roles: Type.Array(Type.Object({ role: RoleNameSchema, unionId: Type.Integer(), unionName: Type.String() })),
  },
  { $id: 'Me', title: '当前会员' },
);

export const Session = Type.Object(
  { token: Type.String(), expiresAt: Timestamp, member: Type.Ref(Me) },
  { $id: 'Session', title: '登录会话' },
);
