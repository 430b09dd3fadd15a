import { Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { KeysetPaging, NextPage } from '../../schemas/keyset';

export const NOTICE_CATEGORIES = ['news', 'rules', 'services', 'procedures', 'officers'] as const;
export const NoticeCategory = StringEnum(NOTICE_CATEGORIES, {
  title: '栏目',
  description: 'news 新闻公告，rules 亮制度，services 亮项目，procedures 亮程序，officers 亮身份',
});

export const NoticeSummary = Type.Object({
  id: Type.Integer(),
  category: NoticeCategory,
  title: Type.String(),
  pinned: Type.Boolean(),
  publishedAt: Timestamp,
  unionName: Type.String(),
});

export const Notice = Type.Composite([NoticeSummary, Type.Object({ body: Type.String(), authorName: Type.String() })], {
  $id: 'Notice',
});

export const NoticeList = Type.Object({
  items: Type.Array(NoticeSummary),
  next: NextPage,
});

export const NoticeListQuery = StrictObject({
  category: Type.Optional(NoticeCategory),
  pinned: Type.Optional(Type.Boolean({ title: '只看置顶' })),
  ...KeysetPaging,
});

const fields = {
  category: NoticeCategory,
  title: Type.String({ minLength: 1, maxLength: 60, title: '标题' }),
  body: Type.String({ minLength: 1, maxLength: 5000, title: '正文' }),
  pinned: Type.Boolean({ title: '置顶' }),
};

export const CreateNoticeBody = StrictObject({ ...fields, pinned: Type.Optional(fields.pinned) });
export const UpdateNoticeBody = Type.Partial(StrictObject(fields), { minProperties: 1, additionalProperties: false });
