import { Type } from '@sinclair/typebox';
import { Nullable, StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { KeysetPaging, NextPage } from '../../schemas/keyset';
import { CATEGORY_LABELS } from './rules';

const ClientKey = Type.String({ format: 'uuid', title: '提交编号' });

export const CategorySchema = StringEnum(Object.keys(CATEGORY_LABELS) as (keyof typeof CATEGORY_LABELS)[], {
  title: '公开类别',
  description: Object.entries(CATEGORY_LABELS)
    .map(([k, v]) => `${k} ${v}`)
    .join('，'),
});

export const DisclosureSummary = Type.Object({
  id: Type.Integer(),
  category: CategorySchema,
  title: Type.String(),
  publishedAt: Timestamp,
  objectionEndsOn: Nullable(Type.String({ description: '公示期最后一天（北京时间）' })),
  objectionOpen: Type.Boolean({ description: '今天在公示期内，可以提出异议' }),
  attachmentCount: Type.Integer(),
  objectionCount: Nullable(Type.Integer({ description: '异议数，只给工会干事和主席' })),
});
export const DisclosureList = Type.Object({
  items: Type.Array(DisclosureSummary),
  next: NextPage,
  manage: Type.Boolean(),
});
export const ListQuery = StrictObject({ category: Type.Optional(CategorySchema), ...KeysetPaging });

export const Attachment = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  url: Type.String(),
});
export const Objection = Type.Object({
  id: Type.Integer(),
  memberName: Nullable(Type.String({ description: '只给工会干事和主席' })),
  body: Type.String(),
  answer: Nullable(Type.String()),
  answeredAt: Nullable(Timestamp),
  createdAt: Timestamp,
});
export const Disclosure = Type.Object({
  ...DisclosureSummary.properties,
  body: Type.String(),
  attachments: Type.Array(Attachment),
  objections: Type.Array(Objection, { description: '会员只看到自己的异议；工会干事和主席看到全部' }),
});

export const PublishBody = StrictObject({
  clientKey: ClientKey,
  category: CategorySchema,
  title: Type.String({ minLength: 1, maxLength: 60, title: '标题' }),
  body: Type.String({ minLength: 1, maxLength: 5000, title: '公开内容' }),
  objectionEndsOn: Type.Optional(Type.String({ format: 'date', title: '公示期截止日期' })),
});
export const ObjectBody = StrictObject({
  clientKey: ClientKey,
  body: Type.String({ minLength: 1, maxLength: 1000, title: '异议内容' }),
});
export const AnswerBody = StrictObject({ answer: Type.String({ minLength: 1, maxLength: 1000, title: '答复' }) });
