import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { allow, officerOf } from '../../policy';
import { errors, IdParams } from '../../schemas/common';
import { decodeKeyset } from '../../schemas/keyset';
import { notify } from '../../services/notify';
import { formatDate, localDate } from '../../time/beijing';
import { now } from '../../clock';
import { disclosureRepository } from './repository';
import { CATEGORY_LABELS, NEEDS_OBJECTION_PERIOD } from './rules';
import { AnswerBody, Disclosure, DisclosureList, ListQuery, Objection, ObjectBody, PublishBody } from './schemas';
import { type BoardViewer, objectionOpen, toDetail, toSummary } from './views';

export const tags = ['校务公开'];
const NOT_FOUND = '公开事项不存在';

const viewerOf = (caller: Caller, at: Date): BoardViewer => ({
  memberId: caller.memberId,
  manage: officerOf(caller, caller.unionId),
  today: localDate(at),
});
const required = (value: string, field: string) => {
  const text = value.trim();
  if (!text) throw badRequest(`${field}不能为空`);
  return text;
};

/** The board every member of the union reads; staff publish; members object during a 公示期. */
const boardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = disclosureRepository(app.db);
  const itemOf = async (caller: Caller, id: number) => {
    const row = await repo.find(id);
    if (!row || row.unionId !== caller.unionId) throw notFound(NOT_FOUND);
    return row;
  };

  app.get(
    '/',
    {
      schema: {
        operationId: 'listDisclosures',
        tags,
        summary: '校务公开栏：最新的在前，每次一页（after 填上一页的 next）',
        querystring: ListQuery,
        response: { 200: DisclosureList, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const { category = null, limit = 20, after } = request.query;
      const key = decodeKeyset(after, ['micros', 'number'] as const);
      const viewer = viewerOf(caller, now());
      const page = await repo.list(caller.unionId, { category, limit, after: key });
      return { items: page.items.map((row) => toSummary(row, viewer)), next: page.next, manage: viewer.manage };
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        operationId: 'getDisclosure',
        tags,
        params: IdParams,
        response: { 200: Disclosure, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      return toDetail(app.db, await itemOf(caller, request.params.id), viewerOf(caller, now()));
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'publishDisclosure',
        tags,
        summary: '发布校务公开事项（工会干事、主席）；困难补助、评优、职称须设公示期',
        body: PublishBody,
        response: { 201: Disclosure, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      const at = now();
      const today = localDate(at);
      const { category, clientKey } = request.body;
      const objectionEndsOn = request.body.objectionEndsOn ?? null;
      if (!objectionEndsOn && NEEDS_OBJECTION_PERIOD.includes(category))
        throw badRequest(`「${CATEGORY_LABELS[category]}」须设公示期，请填写公示期截止日期`);
      if (objectionEndsOn && objectionEndsOn < today) throw badRequest('公示期截止日期不能早于今天');
      const id = await repo.publish({
        unionId: caller.unionId,
        category,
        clientKey,
        title: required(request.body.title, '标题'),
        body: required(request.body.body, '公开内容'),
        objectionEndsOn,
        by: caller.memberId,
        at,
      });
      return reply.status(201).send(await toDetail(app.db, (await repo.find(id))!, viewerOf(caller, at)));
    },
  );

  app.post(
    '/:id/objections',
    {
      schema: {
        operationId: 'objectToDisclosure',
        tags,
        summary: '在公示期内提出异议（只有工会干事和主席看到）',
        params: IdParams,
        body: ObjectBody,
        response: { 201: Disclosure, ...errors(400, 401, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const at = now();
      const viewer = viewerOf(caller, at);
      const row = await itemOf(caller, request.params.id);
      if (!row.objectionEndsOn) throw conflict('该事项没有公示期，不接受异议');
      if (!objectionOpen(row, viewer.today))
        throw conflict(`公示期已于${formatDate(row.objectionEndsOn)}结束，不能再提出异议`);
      await repo.object({
        disclosureId: row.id,
        memberId: caller.memberId,
        clientKey: request.body.clientKey,
        body: required(request.body.body, '异议内容'),
        at,
      });
      return reply.status(201).send(await toDetail(app.db, (await repo.find(row.id))!, viewer));
    },
  );

  app.post(
    '/objections/:id/answer',
    {
      schema: {
        operationId: 'answerDisclosureObjection',
        tags,
        summary: '答复异议（工会干事、主席）',
        params: IdParams,
        body: AnswerBody,
        response: { 200: Objection, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const answer = required(request.body.answer, '答复');
      const at = now();
      return app.db.transaction(async (tx) => {
        const r = disclosureRepository(tx);
        const objection = await r.findObjection(request.params.id);
        if (!objection || objection.unionId !== caller.unionId) throw notFound('异议不存在');
        if (objection.answer !== null && objection.answer !== answer) throw conflict('该异议已经答复');
        if (objection.answer === null) {
          await r.answer(objection.id, answer, caller.memberId, at);
          await notify(tx, app.config.wechat.templates, {
            memberId: objection.memberId,
            kind: 'disclosure',
            title: '您提出的异议已答复',
            body: `关于「${objection.title}」：${answer.length > 60 ? `${answer.slice(0, 59)}…` : answer}`,
            link: `/packages/congress/pages/disclosure/index?id=${objection.disclosureId}`,
          });
        }
        return (await r.objections(objection.disclosureId, null)).find((o) => o.id === objection.id)!;
      });
    },
  );
};

export default boardRoutes;
