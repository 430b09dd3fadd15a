import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../../errors';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { decodeKeyset } from '../../schemas/keyset';
import { now as helpNow } from '../../clock';
import { type HelpDeps, inTransaction, tags } from './context';
import { helpRepository } from './repository';
import {
  CompleteVisitBody,
  HandlerList,
  HelpSummaryCounts,
  ScheduleVisitBody,
  VisitList,
  VisitListQuery,
} from './office-schemas';
import { CaseListQuery, HelpCase, HelpCaseList, NoteBody } from './schemas';
import { addNote, completeVisit, scheduleVisit } from './replies';
import { caseView } from './views';
import { beijingDate } from './working-days';
import { allow } from '../../policy';

/** The handlers' side (工会干事, 工会主席): the queue, a case with its notes, 回访. */
const caseRoutes: FastifyPluginAsyncTypebox<HelpDeps> = async (app, { links }) => {
  const repo = helpRepository(app.db);
  const run = inTransaction(app);
  const today = () => beijingDate(helpNow());

  app.get(
    '/cases',
    {
      schema: {
        operationId: 'listHelpCases',
        tags,
        summary: '本工会的求助：按状态、类别、是否超期筛选',
        querystring: CaseListQuery,
        response: { 200: HelpCaseList, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const { limit = 20, after, ...filter } = request.query;
      const key = decodeKeyset(after, ['boolean', 'boolean', 'number', 'number'] as const);
      return repo.listCases(caller.unionId, caller.memberId, today(), { ...filter, limit, after: key });
    },
  );

  app.get(
    '/cases/:id',
    {
      schema: {
        operationId: 'getHelpCase',
        tags,
        summary: '一件求助的全部：会员信息（匿名除外）、内部备注、回访',
        params: IdParams,
        response: { 200: HelpCase, ...errors(401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const view = await caseView(app.db, links, caller, request.params.id, helpNow());
      if (!view) throw notFound('求助不存在');
      return view;
    },
  );

  app.get(
    '/summary',
    {
      schema: {
        operationId: 'getHelpSummary',
        tags,
        summary: '待受理、超期、到期回访的数目（主席看超期数）',
        response: { 200: HelpSummaryCounts, ...errors(401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return repo.summary(caller.unionId, today());
    },
  );

  app.get(
    '/handlers',
    {
      schema: {
        operationId: 'listHelpHandlers',
        tags,
        summary: '可以办理求助的人（本工会干事和主席）',
        response: { 200: HandlerList, ...errors(401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return { items: await repo.handlers(caller.unionId) };
    },
  );

  app.post(
    '/requests/:id/notes',
    {
      schema: {
        operationId: 'addHelpNote',
        tags,
        summary: '内部备注（会员看不到）',
        params: IdParams,
        body: NoteBody,
        response: { 204: NoContent, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('officer', '只有本工会的工会干事或主席可以写内部备注'),
    },
    async (request, reply) => {
      await run((ctx) => addNote(ctx, request.caller, request.params.id, request.body.body));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/requests/:id/visits',
    {
      schema: {
        operationId: 'scheduleHelpVisit',
        tags,
        summary: '为已办结的求助安排回访',
        params: IdParams,
        body: ScheduleVisitBody,
        response: { 201: Type.Object({ id: Type.Integer() }), ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('officer', '只有本工会的工会干事或主席可以安排回访'),
    },
    async (request, reply) => {
      const id = await run((ctx) => scheduleVisit(ctx, request.caller, request.params.id, request.body.dueOn));
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/visits',
    {
      schema: {
        operationId: 'listHelpVisits',
        tags,
        summary: '回访：到期的（含一周内）、计划中的、已完成的',
        querystring: VisitListQuery,
        response: { 200: VisitList, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return { items: await repo.listVisits(caller.unionId, today(), request.query.scope ?? 'due') };
    },
  );

  app.post(
    '/visits/:id/complete',
    {
      schema: {
        operationId: 'completeHelpVisit',
        tags,
        summary: '登记回访情况',
        params: IdParams,
        body: CompleteVisitBody,
        response: { 204: NoContent, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('officer', '只有本工会的工会干事或主席可以登记回访'),
    },
    async (request, reply) => {
      await run((ctx) => completeVisit(ctx, request.caller, request.params.id, request.body.outcome));
      return reply.status(204).send(null);
    },
  );
};

export default caseRoutes;
