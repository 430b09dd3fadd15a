import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { badRequest, notFound } from '../../errors';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { messageRepository } from './repository';
import { MessageList, MessageListQuery, SubscribeTemplates, SubscriptionsBody } from './schemas';
import { allow } from '../../policy';

const tags = ['消息'];

const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  const repo = messageRepository(app.db);
  const templates = app.config.wechat.templates;

  app.get(
    '/',
    {
      schema: {
        operationId: 'listMessages',
        tags,
        querystring: MessageListQuery,
        response: { 200: MessageList, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { memberId } = request.caller;
      const page = await repo.list(memberId, request.query.limit ?? 20, request.query.before);
      return { ...page, unreadCount: await repo.unreadCount(memberId) };
    },
  );

  app.get(
    '/unread-count',
    {
      schema: {
        operationId: 'countUnreadMessages',
        tags,
        response: { 200: Type.Object({ count: Type.Integer() }), ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => ({ count: await repo.unreadCount(request.caller.memberId) }),
  );

  app.post(
    '/:id/read',
    {
      schema: {
        operationId: 'markMessageRead',
        tags,
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      if (!(await repo.markRead(request.caller.memberId, request.params.id))) throw notFound('消息不存在');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/read-all',
    {
      schema: { operationId: 'markAllMessagesRead', tags, response: { 204: NoContent, ...errors(401) } },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      await repo.markAllRead(request.caller.memberId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/subscribe-templates',
    {
      schema: {
        operationId: 'listSubscribeTemplates',
        tags,
        summary: '可订阅的微信消息模板（在预约、提交时请求授权用）',
        response: { 200: SubscribeTemplates, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async () => ({ templates }),
  );

  app.post(
    '/subscriptions',
    {
      schema: {
        operationId: 'recordSubscriptions',
        tags,
        summary: '记录会员在 requestSubscribeMessage 中同意的模板，每次同意可发送一条',
        body: SubscriptionsBody,
        response: { 204: NoContent, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const known = new Set(Object.values(templates));
      const unknown = request.body.accepted.find((id) => !known.has(id));
      if (unknown) throw badRequest(`未配置的订阅消息模板：${unknown}`);
      await repo.addGrants(request.caller.memberId, request.body.accepted);
      return reply.status(204).send(null);
    },
  );
};

export default messageRoutes;
