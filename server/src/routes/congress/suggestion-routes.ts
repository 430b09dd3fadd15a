import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict, forbidden, notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { requiredText, sessionContext } from './access';
import { now } from '../../clock';
import { congressMessages } from './messages';
import { motionView, tags } from './motion-action';
import { requireCollecting } from './motion-routes';
import { motionsRepository } from './motions-repository';
import {
  AdoptSuggestionBody,
  CreateSuggestionBody,
  Motion,
  SessionParams,
  Suggestion,
  SuggestionList,
} from './schemas';
import { allow } from '../../policy';
import { type SuggestionRow, suggestionsRepository } from './suggestions-repository';

const toView = (row: SuggestionRow, memberId: number) => ({
  ...row,
  mine: row.memberId === memberId,
  memberId: undefined,
});

/** A member who is not a 代表 sends a 建议; a 代表 takes it up as a motion of their own (once). */
const suggestionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/suggestions',
    {
      schema: {
        operationId: 'createSuggestion',
        tags,
        summary: '会员向代表提交建议（征集期内）',
        body: CreateSuggestionBody,
        response: { 201: Suggestion, ...errors(400, 401, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const at = now();
      const ctx = await sessionContext(app.db, caller, request.body.sessionId, at);
      requireCollecting(ctx, '提交建议');
      const title = requiredText(request.body.title, '建议标题');
      const body = requiredText(request.body.body, '建议内容');
      const suggestions = suggestionsRepository(app.db);
      await suggestions.insertOnce({
        sessionId: ctx.session.id,
        unionId: ctx.session.unionId,
        memberId: caller.memberId,
        clientKey: request.body.clientKey,
        title,
        body,
        at,
      });
      const row = await suggestions.findByClientKey(caller.memberId, request.body.clientKey);
      return reply.status(201).send(toView(row!, caller.memberId));
    },
  );

  app.get(
    '/sessions/:sessionId/suggestions',
    {
      schema: {
        operationId: 'listSuggestions',
        tags,
        summary: '会员建议：代表和工会看全部，会员看自己的',
        params: SessionParams,
        response: { 200: SuggestionList, ...errors(400, 401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const ctx = await sessionContext(app.db, caller, request.params.sessionId, now());
      const all = ctx.viewer.delegate || ctx.viewer.manage;
      const rows = await suggestionsRepository(app.db).listForSession(ctx.session.id, all, caller.memberId);
      return { items: rows.map((row) => toView(row, caller.memberId)) };
    },
  );

  app.post(
    '/suggestions/:id/adopt',
    {
      schema: {
        operationId: 'adoptSuggestion',
        tags,
        summary: '代表采纳建议，形成自己的提案草稿',
        params: IdParams,
        body: AdoptSuggestionBody,
        response: { 201: Motion, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const at = now();
      const id = await app.db.transaction(async (tx) => {
        const suggestions = suggestionsRepository(tx);
        const row = await suggestions.lockForAdoption(request.params.id);
        if (!row || row.unionId !== caller.unionId) throw notFound('建议不存在');
        const ctx = await sessionContext(tx, caller, row.sessionId, at);
        if (!ctx.viewer.delegate) throw forbidden('只有本届教代会代表可以采纳建议');
        const taken = await suggestions.adoptingMotion(row.id);
        if (taken) {
          if (taken.authorId === caller.memberId) return taken.id; // adopted already by this 代表 (a retry)
          throw conflict('这条建议已由其他代表采纳');
        }
        requireCollecting(ctx, '采纳建议');
        const motionId = await motionsRepository(tx).insert({
          sessionId: row.sessionId,
          unionId: row.unionId,
          authorId: caller.memberId,
          clientKey: request.body.clientKey,
          suggestionId: row.id,
          title: row.title,
          category: request.body.category,
          reason: row.body,
          proposal: row.body,
          at,
        });
        await congressMessages(tx, app.config.wechat.templates).adopted(row.memberId, motionId, row.title, caller.name);
        return motionId;
      });
      return reply.status(201).send(await motionView(app.db, caller, id, at));
    },
  );
};

export default suggestionRoutes;
