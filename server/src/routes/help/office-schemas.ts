import { Type } from '@sinclair/typebox';
import { OFFICER_ROLES } from '../../policy';
import { Nullable, StrictObject, StringEnum } from '../../schemas/common';
import { CaseVisit, LocalDate } from './schemas';

/** The schemas of the handlers' and the chair's side: categories, counts, 回访, closure days, settings, export. */

export const HelpCategory = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  allowsAnonymous: Type.Boolean(),
  active: Type.Boolean(),
});
export const HelpCategoryList = Type.Object({ items: Type.Array(HelpCategory) });
export const CategoryListQuery = StrictObject({ all: Type.Optional(Type.Boolean({ title: '包括已停用的' })) });
export const CreateCategoryBody = StrictObject({
  name: Type.String({ minLength: 1, maxLength: 12, title: '类别名称' }),
  allowsAnonymous: Type.Optional(Type.Boolean({ title: '允许匿名' })),
});
export const UpdateCategoryBody = Type.Partial(
  StrictObject({
    name: Type.String({ minLength: 1, maxLength: 12, title: '类别名称' }),
    allowsAnonymous: Type.Boolean({ title: '允许匿名' }),
    active: Type.Boolean({ title: '启用' }),
  }),
  { minProperties: 1, additionalProperties: false },
);

export const HelpSummaryCounts = Type.Object({
  open: Type.Integer({ description: '未结案件' }),
  submitted: Type.Integer({ description: '待受理' }),
  overdue: Type.Integer({ description: '超期未答复' }),
  waitingMember: Type.Integer(),
  visitsDue: Type.Integer({ description: '今天及以前到期的回访' }),
  visitsOverdue: Type.Integer({ description: '已过期的回访' }),
});

export const HandlerList = Type.Object({
  items: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), role: StringEnum(OFFICER_ROLES) })),
});

export const VisitListQuery = StrictObject({
  scope: Type.Optional(StringEnum(['due', 'planned', 'done'] as const, { title: '范围' })),
});
export const VisitListItem = Type.Object({
  ...CaseVisit.properties,
  requestId: Type.Integer(),
  requestTitle: Type.String(),
  handlerName: Nullable(Type.String()),
  memberName: Nullable(Type.String()),
});
export const VisitList = Type.Object({ items: Type.Array(VisitListItem) });
export const ScheduleVisitBody = StrictObject({ dueOn: { ...LocalDate, title: '回访日期' } });
export const CompleteVisitBody = StrictObject({
  outcome: Type.String({ minLength: 1, maxLength: 500, title: '回访情况' }),
});

export const ClosedDay = Type.Object({
  id: Type.Integer(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  reason: Type.String(),
});
export const ClosedDayList = Type.Object({ items: Type.Array(ClosedDay) });
export const CreateClosedDayBody = StrictObject({
  startsOn: { ...LocalDate, title: '开始日期' },
  endsOn: { ...LocalDate, title: '结束日期' },
  reason: Type.String({ minLength: 1, maxLength: 30, title: '原因' }),
});

export const HelpSettings = Type.Object({ responseDays: Type.Integer() });
export const HelpSettingsBody = StrictObject({
  responseDays: Type.Integer({ minimum: 1, maximum: 30, title: '答复期限（工作日）' }),
});

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });
export const ExportQuery = StrictObject({
  from: Type.Optional({ ...Month, title: '起始月份' }),
  to: Type.Optional({ ...Month, title: '截止月份' }),
});

export const AttachmentParams = StrictObject({ id: Type.Integer({ minimum: 1, title: '附件编号' }) });
export const AttachmentQuery = StrictObject({
  exp: Type.Optional(Type.Integer({ minimum: 0, title: '有效期' })),
  sig: Type.Optional(Type.String({ maxLength: 100, title: '签名' })),
});

/** A file in the response body (sent as bytes, never serialized). */
export const BinaryFile = (description: string) =>
  Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });
