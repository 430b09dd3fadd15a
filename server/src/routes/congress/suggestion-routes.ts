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

interface SuggestionRow {
  id: number;
  sessionId: number;
  memberId: number;
  title: string;
  body: string;
  authorName: string;
  motionId: number | null;
  createdAt: Date;
}

const SELECT = `SELECT s.id, s.session_id AS "sessionId", s.member_id AS "memberId", s.title, s.body, m.name AS "authorName",
    (SELECT id FROM congress_motions WHERE suggestion_id = s.id) AS "motionId", s.created_at AS "createdAt"
  FROM congress_suggestions s JOIN members m ON m.id = s.member_id`;

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
      await app.db.query(
        `INSERT INTO congress_suggestions (session_id, union_id, member_id, client_key, title, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (member_id, client_key) DO NOTHING`,
        [ctx.session.id, ctx.session.unionId, caller.memberId, request.body.clientKey, title, body, at],
      );
      const [row] = await app.db.query<SuggestionRow>(`${SELECT} WHERE s.member_id = $1 AND s.client_key = $2`, [
        caller.memberId,
        request.body.clientKey,
      ]);
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
      const rows = await app.db.query<SuggestionRow>(
        `${SELECT} WHERE s.session_id = $1 AND ($2 OR s.member_id = $3) ORDER BY s.id DESC`,
        [ctx.session.id, all, caller.memberId],
      );
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
        const [row] = await tx.query<SuggestionRow & { unionId: number }>(
          `SELECT s.id, s.session_id AS "sessionId", s.member_id AS "memberId", s.title, s.body, s.union_id AS "unionId" FROM congress_suggestions s WHERE s.id = $1 FOR UPDATE`,
          [request.params.id],
        );
        if (!row || row.unionId !== caller.unionId) throw notFound('建议不存在');
        const ctx = await sessionContext(tx, caller, row.sessionId, at);
        if (!ctx.viewer.delegate) throw forbidden('只有本届教代会代表可以采纳建议');
        const [taken] = await tx.query<{ id: number; authorId: number }>(
          `SELECT id, author_id AS "authorId" FROM congress_motions WHERE suggestion_id = $1`,
          [row.id],
        );
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
