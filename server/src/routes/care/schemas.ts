import { Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { CARE_GROUPS } from './kinds';

export const tags = ['送温暖'];
const Day = Type.String({ format: 'date', title: '日期' });
const Code = Type.String({ pattern: '^[a-z0-9-]{1,20}$', title: '类别编号' });

export const CareKindSchema = StrictObject({
  code: Code,
  label: Type.String({ minLength: 1, maxLength: 12, title: '类别名称' }),
  group: StringEnum(CARE_GROUPS, { title: '归类' }),
  active: Type.Boolean({ title: '启用' }),
});
export const CareKinds = Type.Object({ items: Type.Array(CareKindSchema) });
export const CareKindsBody = StrictObject(
  { items: Type.Array(CareKindSchema, { minItems: 1, maxItems: 30, title: '慰问类别' }) },
  '慰问类别',
);

export const CareRecord = Type.Object({
  id: Type.Integer(),
  memberId: Type.Integer(),
  memberName: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  group: StringEnum(CARE_GROUPS),
  careDate: Day,
  visitors: Type.String(),
  amount: Type.Number(),
  gifts: Type.String(),
  note: Type.String(),
  helpCaseId: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Timestamp,
});
export const CareRecordList = Type.Object({ items: Type.Array(CareRecord), total: Type.Integer() });
export const CareListQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })),
    memberId: Type.Optional(Type.Integer({ minimum: 1, title: '会员' })),
  },
  { additionalProperties: false },
);
export const RecordCareBody = StrictObject(
  {
    requestId: Type.String({ format: 'uuid', title: '请求编号' }),
    memberId: Type.Optional(Type.Integer({ minimum: 1, title: '会员' })),
    kind: Code,
    careDate: Day,
    visitors: Type.String({ maxLength: 100, title: '慰问人' }),
    amount: Type.Number({ minimum: 0, maximum: 100000, multipleOf: 0.01, title: '金额' }),
    gifts: Type.String({ maxLength: 100, title: '慰问品' }),
    note: Type.String({ maxLength: 500, title: '备注' }),
    helpCaseId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { title: '关联求助' })),
  },
  '慰问记录',
);

const Totals = Type.Object({ count: Type.Integer(), amount: Type.Number() });
export const CareSummary = Type.Object({
  unionName: Type.String(),
  year: Type.Integer(),
  byGroup: Type.Array(Type.Object({ group: StringEnum(CARE_GROUPS), label: Type.String(), ...Totals.properties })),
  byKind: Type.Array(Type.Object({ kind: Type.String(), label: Type.String(), ...Totals.properties }), {
    description: '学校工会：按本会的类别',
  }),
  schools: Type.Array(
    Type.Object({ unionId: Type.Integer(), unionName: Type.String(), parentName: Type.String(), ...Totals.properties }),
    {
      description: '上级工会：各校合计（只有次数和金额，没有姓名）',
    },
  ),
  totals: Totals,
});
export const SummaryQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })) },
  { additionalProperties: false },
);

export const HardshipMember = Type.Object({
  memberId: Type.Integer(),
  memberName: Type.String(),
  branchName: Type.Union([Type.String(), Type.Null()]),
  cause: Type.String(),
  reviewOn: Day,
  reviewDue: Type.Boolean({ description: '已到复核日期' }),
  lastCareOn: Type.Union([Day, Type.Null()]),
});
export const HardshipList = Type.Object({ items: Type.Array(HardshipMember) });
export const HardshipBody = StrictObject(
  { cause: Type.String({ maxLength: 200, title: '困难原因' }), reviewOn: Day },
  '困难职工',
);
export const MemberParams = Type.Object(
  { memberId: Type.Integer({ minimum: 1, title: '会员' }) },
  { additionalProperties: false },
);
export const Suggestions = Type.Object({
  items: Type.Array(
    Type.Object({
      helpCaseId: Type.Integer(),
      memberId: Type.Integer(),
      memberName: Type.String(),
      category: Type.String(),
      resolvedAt: Timestamp,
    }),
  ),
});
