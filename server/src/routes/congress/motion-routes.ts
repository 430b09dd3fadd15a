import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict, forbidden } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { formatDate } from '../../time/beijing';
import { canSeeMotion, requiredText, type SessionContext, sessionContext } from './access';
import { now } from '../../clock';
import { motionAction, motionView, tags } from './motion-action';
import { motionsRepository } from './motions-repository';
import { isOverdue } from './rules';
import { CreateMotionBody, Motion, MotionList, MotionListQuery, UpdateMotionBody } from './schemas';
import { toMotionSummary, toSessionView } from './views';
import { allow } from '../../policy';

/** Writing, 附议 and submitting happen only inside the session's collection window. */
export function requireCollecting(ctx: SessionContext, what: string) {
  if (!ctx.collecting) {
    const when =
      ctx.today < ctx.session.opensOn
        ? `征集尚未开始（${formatDate(ctx.session.opensOn)}开始）`
        : `征集已于${formatDate(ctx.session.closesOn)}截止`;
    throw conflict(`${ctx.session.title}提案${when}，不能${what}`, 'WINDOW_CLOSED');
  }
}

const NOT_DELEGATE = '只有本届教代会代表可以提出提案；您可以提交建议，由代表采纳后提出';

const cleanFields = (body: { title: string; reason: string; proposal: string }) => ({
  title: requiredText(body.title, '提案标题'),
  reason: requiredText(body.reason, '案由'),
  proposal: requiredText(body.proposal, '建议'),
});

/** 代表 write and second motions in the window; everyone reads what they may see. */
const motionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/motions',
    {
      schema: {
        operationId: 'listMotions',
        tags,
        summary: '一次会议的提案（按查看人的身份筛选）',
        querystring: MotionListQuery,
        response: { 200: MotionList, ...errors(400, 401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const ctx = await sessionContext(app.db, caller, request.query.sessionId, now());
      const { status, overdue } = request.query;
      const rows = (await motionsRepository(app.db).listForSession(ctx.session.id)).filter(
        (row) =>
          canSeeMotion(ctx, row) &&
          (!status || row.status === status) &&
          (!overdue || isOverdue(row.status, row.dueOn, ctx.today)),
      );
      return {
        session: toSessionView(ctx.session, ctx.viewer, ctx.today),
        items: rows.map((row) => toMotionSummary(row, ctx)),
      };
    },
  );

  app.post(
    '/motions',
    {
      schema: {
        operationId: 'createMotion',
        tags,
        summary: '代表起草提案（保存为草稿，征集附议）',
        body: CreateMotionBody,
        response: { 201: Motion, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const at = now();
      const id = await app.db.transaction(async (tx) => {
        const ctx = await sessionContext(tx, caller, request.body.sessionId, at);
        if (!ctx.viewer.delegate) throw forbidden(NOT_DELEGATE);
        requireCollecting(ctx, '起草提案');
        const { sessionId, clientKey, category } = request.body;
        return motionsRepository(tx).insert({
          sessionId,
          unionId: ctx.session.unionId,
          authorId: caller.memberId,
          clientKey,
          category,
          ...cleanFields(request.body),
          at,
        });
      });
      return reply.status(201).send(await motionView(app.db, caller, id, at));
    },
  );

  app.get(
    '/motions/:id',
    {
      schema: {
        operationId: 'getMotion',
        tags,
        summary: '一件提案：内容、附议、审查、答复与评价',
        params: IdParams,
        response: { 200: Motion, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => motionView(app.db, request.caller, request.params.id, now()),
  );

  motionAction(
    app,
    {
      method: 'PUT',
      url: '/motions/:id',
      operationId: 'updateMotion',
      summary: '修改草稿（尚无代表附议时）',
      body: UpdateMotionBody,
    },
    async ({ row, ctx, tx, body }) => {
      if (row.authorId !== ctx.viewer.memberId) throw forbidden('只有提案人可以修改提案');
      if (row.status !== 'draft') throw conflict('提案已提交，不能再修改');
      if (row.seconders.length > 0) throw conflict('已有代表附议，内容不能再修改');
      requireCollecting(ctx, '修改提案');
      await motionsRepository(tx).updateDraft(row.id, { category: body.category, ...cleanFields(body) }, ctx.at);
    },
  );

  motionAction(
    app,
    { url: '/motions/:id/second', operationId: 'secondMotion', summary: '代表附议（重复附议不重复计数）' },
    async ({ row, ctx, tx, messages }) => {
      if (row.authorId === ctx.viewer.memberId) throw conflict('提案人不能附议自己的提案');
      if (!ctx.viewer.delegate) throw forbidden('只有本届教代会代表可以附议');
      if (row.status !== 'draft') throw conflict('提案已提交，不再征集附议');
      requireCollecting(ctx, '附议');
      if (await motionsRepository(tx).second(row.id, ctx.viewer.memberId, ctx.at)) {
        await messages.seconded(row, await motionsRepository(tx).memberName(ctx.viewer.memberId));
      }
    },
  );

  motionAction(
    app,
    { url: '/motions/:id/submit', operationId: 'submitMotion', summary: '提案人提交（附议人数足够时）' },
    async ({ row, ctx, tx, messages }) => {
      if (row.authorId !== ctx.viewer.memberId) throw forbidden('只有提案人可以提交提案');
      if (row.status !== 'draft') return; // a retried submit: already done
      requireCollecting(ctx, '提交提案');
      const needed = ctx.session.secondersRequired;
      if (row.seconders.length < needed)
        throw conflict(
          `提案需要 ${needed} 位代表附议才能提交，目前 ${row.seconders.length} 位`,
          'NOT_ENOUGH_SECONDERS',
        );
      const repo = motionsRepository(tx);
      await repo.submit(row.id, row.sessionId, ctx.at);
      await messages.submitted((await repo.find(row.id))!);
    },
  );
};

export default motionRoutes;
