import { Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { ROLE_NAMES } from '../../schemas/member';
import { KeysetPaging, NextPage } from '../../schemas/keyset';
import { AUDIT_KIND_KEYS } from './audit-view';

export const ROLES = ROLE_NAMES;
export const Role = StringEnum(ROLES, {
  title: '角色',
  description: 'staff 工会干事，chair 工会主席，counsellor 心理咨询师，supervisor 上级工会',
});
const MemberStatus = StringEnum(['active', 'left'] as const, {
  title: '会籍状态',
  description: 'active 在册，left 已离会',
});

export const Member = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    staffNo: Type.String(),
    phone: Type.String(),
    branchId: Type.Union([Type.Integer(), Type.Null()]),
    branchName: Type.Union([Type.String(), Type.Null()]),
    status: MemberStatus,
    bound: Type.Boolean({ description: '已绑定微信' }),
    erased: Type.Boolean({ description: '本人已注销账号（资料已匿名化，不能再修改）' }),
    roles: Type.Array(Role),
  },
  { title: '会员' },
);

export const MemberList = Type.Object({
  items: Type.Array(Member),
  total: Type.Integer({ description: '符合条件的会员人数（各页相同）' }),
  next: NextPage,
});

export const MemberListQuery = StrictObject({
  q: Type.Optional(Type.String({ maxLength: 30, title: '姓名、工号或手机号' })),
  branchId: Type.Optional(Type.Integer({ minimum: 1, title: '分工会' })),
  status: Type.Optional(MemberStatus),
  ...KeysetPaging,
});

const memberFields = {
  name: Type.String({ minLength: 1, maxLength: 30, title: '姓名' }),
  staffNo: Type.String({ pattern: '^[A-Za-z0-9-]{1,20}$', title: '工号' }),
  phone: Type.String({ pattern: '^1[0-9]{10}$', title: '手机号' }),
  branchId: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { title: '分工会' }),
  status: MemberStatus,
};
export const CreateMemberBody = StrictObject({
  ...memberFields,
  branchId: Type.Optional(memberFields.branchId),
  status: Type.Optional(MemberStatus),
});
export const UpdateMemberBody = Type.Partial(
  StrictObject({
    ...memberFields,
    roles: Type.Array(Role, {
      uniqueItems: true,
      maxItems: 4,
      title: '角色',
      description: '保存后会员在本工会的全部角色',
    }),
  }),
  { minProperties: 1, additionalProperties: false },
);

export const RoleBody = StrictObject({ role: Role });
export const RoleParams = StrictObject({ id: Type.Integer({ minimum: 1, title: '会员编号' }), role: Role });

export const Branch = Type.Object({ id: Type.Integer(), name: Type.String(), memberCount: Type.Integer() });
export const BranchList = Type.Object({ unionName: Type.String(), items: Type.Array(Branch) });
export const BranchBody = StrictObject({ name: Type.String({ minLength: 1, maxLength: 30, title: '分工会名称' }) });

export const ImportQuery = StrictObject({
  dryRun: Type.Optional(Type.Boolean({ title: '只检查不导入', default: true })),
});
export const ImportReport = Type.Object({
  dryRun: Type.Boolean(),
  fileName: Type.String(),
  total: Type.Integer({ description: '文件中的数据行' }),
  created: Type.Integer({ description: '新增会员' }),
  updated: Type.Integer({ description: '资料有变化的会员' }),
  deactivated: Type.Integer({ description: '离会并解除微信绑定的会员' }),
  unchanged: Type.Integer(),
  problems: Type.Array(Type.Object({ row: Type.Integer(), staffNo: Type.String(), reason: Type.String() })),
});

export const AnnualReportQuery = StrictObject({
  year: Type.Optional(Type.Integer({ minimum: 2020, maximum: 2100, title: '年度' })),
});
export const AnnualReportContents = Type.Object({
  year: Type.Integer(),
  unionName: Type.String(),
  sheets: Type.Array(Type.Object({ name: Type.String(), description: Type.String() })),
  figures: Type.Array(
    Type.Object({
      section: Type.String(),
      label: Type.String(),
      kind: StringEnum(['year', 'snapshot'] as const, {
        description: 'year 全年数字（不会再变），snapshot 导出时的名册现状',
      }),
      value: Type.Union([Type.Number(), Type.Null()], { description: 'null：该项服务未启用或没有数据' }),
    }),
  ),
});

const Day = (title: string) => Type.String({ format: 'date', title, description: 'YYYY-MM-DD，北京时间' });
export const AuditQuery = StrictObject({
  kind: Type.Optional(StringEnum(AUDIT_KIND_KEYS, { title: '类别' })),
  from: Type.Optional(Day('开始日期')),
  to: Type.Optional(Day('结束日期')),
  before: Type.Optional(
    Type.Integer({
      minimum: 1,
      title: '翻页：只要编号小于它的记录',
      description: '上一页最后一条的 id；第 500 页和第 1 页一样快',
    }),
  ),
  limit: KeysetPaging.limit,
});
export const AuditList = Type.Object({
  total: Type.Integer(),
  kinds: Type.Array(Type.Object({ key: Type.String(), label: Type.String() })),
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      at: Timestamp,
      actorName: Type.Union([Type.String(), Type.Null()]),
      action: Type.String(),
      actionLabel: Type.String(),
      targetType: Type.String(),
      targetId: Type.Union([Type.String(), Type.Null()]),
      targetLabel: Type.String({ description: '对象：会员或分工会的名称，或记录类别和编号' }),
      summary: Type.String({ description: '一句话说明，可能为空' }),
      detail: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});

export const Overview = Type.Object({
  unionName: Type.String(),
  unionKind: Type.String({ description: 'city 市级工会，district 区县教育工会，school 学校工会' }),
  roles: Type.Array(Role),
  canManage: Type.Boolean({ description: '可管理名册与角色' }),
  canReadAudit: Type.Boolean(),
  activeMembers: Type.Integer(),
  waiting: Type.Array(
    Type.Object({ key: Type.String(), label: Type.String(), count: Type.Integer(), path: Type.String() }),
  ),
});
