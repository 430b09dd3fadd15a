import { Type } from '@sinclair/typebox';
import { StringEnum, Timestamp } from './common';

/** Every role a member can hold on a union; policy/rules.ts says what each lets them do. */
export const ROLE_NAMES = ['staff', 'chair', 'counsellor', 'supervisor'] as const;
export const RoleNameSchema = StringEnum(ROLE_NAMES, { title: '角色' });

export const UnionRef = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  kind: StringEnum(['city', 'district', 'school', 'branch']),
});

/** What the member may do, decided by the server's policies (server/src/policy) so the client never repeats them. */
export const Capabilities = Type.Object(
  {
    member: Type.Boolean({ description: '已登录的在会会员' }),
    officer: Type.Boolean({ description: '本工会的工会干事或主席' }),
    schoolOfficer: Type.Boolean({ description: '学校工会的工会干事或主席' }),
    upperUnion: Type.Boolean({ description: '上级工会（市、区工会）' }),
    careSummaryReader: Type.Boolean({ description: '可以查看慰问统计（学校工会干事、主席或上级工会）' }),
    rosterManager: Type.Boolean({ description: '可以管理本工会的名册和角色' }),
    counsellor: Type.Boolean({ description: '本工会的心理咨询师' }),
    workbench: Type.Boolean({ description: '可以使用工作台' }),
    auditReader: Type.Boolean({ description: '可以查看操作记录' }),
    noticePublisher: Type.Boolean({ description: '可以发布公告' }),
    supervisor: Type.Boolean({ description: '担任上级工会角色，可以查看评议汇总' }),
  },
  { $id: 'Capabilities', title: '当前会员可以做的事' },
);

export const Me = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    staffNo: Type.String(),
    union: UnionRef,
    branch: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String() }), Type.Null()]),
    roles: Type.Array(Type.Object({ role: RoleNameSchema, unionId: Type.Integer(), unionName: Type.String() })),
    capabilities: Type.Ref(Capabilities),
  },
  { $id: 'Me', title: '当前会员' },
);

export const Session = Type.Object(
  { token: Type.String(), expiresAt: Timestamp, member: Type.Ref(Me) },
  { $id: 'Session', title: '登录会话' },
);
