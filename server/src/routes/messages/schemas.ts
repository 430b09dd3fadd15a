import { Type } from '@sinclair/typebox';
import { StrictObject, Timestamp } from '../../schemas/common';

export const Message = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  readAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
});

export const MessageList = Type.Object({
  items: Type.Array(Message),
  unreadCount: Type.Integer(),
  hasMore: Type.Boolean(),
});

export const MessageListQuery = StrictObject({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20, title: '每页条数' })),
  before: Type.Optional(Type.Integer({ minimum: 1, title: '翻页位置' })),
});

export const SubscribeTemplates = Type.Object({
  templates: Type.Record(Type.String(), Type.String(), { description: '消息类型 → 订阅消息模板 ID' }),
});

export const SubscriptionsBody = StrictObject({
  accepted: Type.Array(Type.String({ minLength: 1, maxLength: 64, title: '模板 ID' }), {
    maxItems: 3,
    title: '同意的订阅消息模板',
  }),
});
