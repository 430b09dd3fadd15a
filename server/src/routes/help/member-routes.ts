import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../../errors';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { decodeKeyset } from '../../schemas/keyset';
import { now as helpNow } from '../../clock';
import { type HelpDeps, inTransaction, tags } from './context';
import { allow, requireOfficer } from '../../policy';
import { findOwnRecentDuplicate } from './own-duplicate';
import { helpRepository } from './repository';
import { CategoryListQuery, HelpCategoryList } from './office-schemas';
import {
  CreateHelpRequestBody,
  MyHelpList,
  MyHelpRequest,
  MyListQuery,
  RateBody,
  ReplyBody,
  TransitionBody,
  TransitionResult,
} from './schemas';
import { addReply } from './replies';
import { createHelpCaseForMember } from './service';
import { transition } from './transition';
import { memberView } from './views';
import { beijingDate } from './working-days';

/** The member's side: categories, submitting, their own cases, and every move on one. */
const memberRoutes: FastifyPluginAsyncTypebox<HelpDeps> = async (app, { links }) => {
  const repo = helpRepository(app.db);
  const run = inTransaction(app);
  const afterChange = async (id: number) => {
    const row = await repo.detail(id, beijingDate(helpNow()));
    return { id, status: row!.status, responseDueOn: row!.responseDueOn, handlerName: row!.handlerName };
  };

  app.get(
    '/categories',
    {
      schema: {
        operationId: 'listHelpCategories',
        tags,
        querystring: CategoryListQuery,
        response: { 200: HelpCategoryList, ...errors(400, 401, 403) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      if (request.query.all) requireOfficer(caller);
      return { items: await repo.categories(caller.unionId, request.query.all ?? false) };
    },
  );

  app.post(
    '/requests',
    {
      schema: {
        operationId: 'createHelpRequest',
        tags,
        summary: '提交求助（附件随后逐个上传）',
        body: CreateHelpRequestBody,
        response: { 201: MyHelpRequest, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const { id } = await run(async ({ tx, templates, now }) => {
        const earlier = await findOwnRecentDuplicate(tx, { ...request.body, memberId: caller.memberId, now });
        if (earlier) return { id: earlier };
        return createHelpCaseForMember(tx, {
          ...request.body,
          unionId: caller.unionId,
          memberId: caller.memberId,
          templates,
          now,
        });
      });
      return reply.status(201).send((await memberView(app.db, links, caller, id, helpNow()))!);
    },
  );

  app.get(
    '/requests/mine',
    {
      schema: {
        operationId: 'listMyHelpRequests',
        tags,
        querystring: MyListQuery,
        response: { 200: MyHelpList, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { limit = 20, after } = request.query;
      const key = decodeKeyset(after, ['boolean', 'micros', 'number'] as const);
      return repo.listMine(request.caller.memberId, beijingDate(helpNow()), limit, key);
    },
  );

  app.get(
    '/requests/:id',
    {
      schema: {
        operationId: 'getHelpRequest',
        tags,
        summary: '我的一件求助：进度、答复与附件',
        params: IdParams,
        response: { 200: MyHelpRequest, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const view = await memberView(app.db, links, request.caller, request.params.id, helpNow());
      if (!view) throw notFound('求助不存在');
      return view;
    },
  );

  app.post(
    '/requests/:id/transition',
    {
      schema: {
        operationId: 'transitionHelpRequest',
        tags,
        summary: '推进求助：受理、改派、补充、办结、不予办理、撤回、重新打开……',
        params: IdParams,
        body: TransitionBody,
        response: { 200: TransitionResult, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { action, ...input } = request.body;
      await run((ctx) => transition(ctx, request.caller, request.params.id, action, input));
      return afterChange(request.params.id);
    },
  );

  app.post(
    '/requests/:id/rating',
    {
      schema: {
        operationId: 'rateHelpRequest',
        tags,
        summary: '评价办理结果（满意 / 基本满意 / 不满意），求助随之关闭',
        params: IdParams,
        body: RateBody,
        response: { 200: TransitionResult, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      await run((ctx) => transition(ctx, request.caller, request.params.id, 'rate', request.body));
      return afterChange(request.params.id);
    },
  );

  app.post(
    '/requests/:id/replies',
    {
      schema: {
        operationId: 'replyHelpRequest',
        tags,
        summary: '在时间线上留言：会员的留言，或办理人的答复',
        params: IdParams,
        body: ReplyBody,
        response: { 204: NoContent, ...errors(400, 401, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      await run((ctx) => addReply(ctx, request.caller, request.params.id, request.body.body));
      return reply.status(204).send(null);
    },
  );
};

export default memberRoutes;
