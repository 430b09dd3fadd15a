import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../../errors';
import { allow } from '../../policy';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { decodeKeyset } from '../../schemas/keyset';
import { noticeRepository } from './repository';
import { CreateNoticeBody, Notice, NoticeList, NoticeListQuery, UpdateNoticeBody } from './schemas';

const tags = ['公告与工会公开'];

const noticeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  const repo = noticeRepository(app.db);

  app.get(
    '/',
    {
      schema: {
        operationId: 'listNotices',
        tags,
        querystring: NoticeListQuery,
        response: { 200: NoticeList, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { limit = 20, after, ...filter } = request.query;
      const key = decodeKeyset(after, ['boolean', 'micros', 'number'] as const);
      return repo.list(request.caller.unionId, { ...filter, limit, after: key });
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        operationId: 'getNotice',
        tags,
        params: IdParams,
        response: { 200: Type.Ref(Notice), ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const notice = await repo.findVisible(request.caller.unionId, request.params.id);
      if (!notice) throw notFound('公告不存在或已撤下');
      return notice;
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createNotice',
        tags,
        summary: '发布公告（工会干事、主席）',
        body: CreateNoticeBody,
        response: { 201: Type.Ref(Notice), ...errors(400, 401, 403) },
      },
      preHandler: allow('noticePublisher'),
    },
    async (request, reply) => {
      const { caller } = request;
      const id = await repo.create(caller.unionId, caller.memberId, request.body);
      return reply.status(201).send((await repo.findVisible(caller.unionId, id))!);
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        operationId: 'updateNotice',
        tags,
        params: IdParams,
        body: UpdateNoticeBody,
        response: { 200: Type.Ref(Notice), ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('noticePublisher'),
    },
    async (request) => {
      const { caller } = request;
      if (!(await repo.update(caller.unionId, request.params.id, request.body)))
        throw notFound('公告不存在或不属于本工会');
      return (await repo.findVisible(caller.unionId, request.params.id))!;
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        operationId: 'deleteNotice',
        tags,
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 403, 404) },
      },
      preHandler: allow('noticePublisher'),
    },
    async (request, reply) => {
      const { caller } = request;
      if (!(await repo.remove(caller.unionId, request.params.id))) throw notFound('公告不存在或不属于本工会');
      return reply.status(204).send(null);
    },
  );
};

export default noticeRoutes;
