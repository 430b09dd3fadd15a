import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../db';
import { notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { errors, IdParams } from '../../schemas/common';
import { canSeeMotion, MOTION_NOT_FOUND, type SessionContext, sessionContext } from './access';
import { now } from '../../clock';
import { congressMessages } from './messages';
import { type MotionRow, motionsRepository } from './motions-repository';
import { Motion } from './schemas';
import { toMotionView } from './views';
import { allow } from '../../policy';

export const tags = ['教代会提案'];

export interface MotionActionContext<Body> {
  /** The motion, locked for this change and visible to the caller. */
  row: MotionRow;
  ctx: SessionContext;
  tx: Queryable;
  body: Body;
  messages: ReturnType<typeof congressMessages>;
}

/** The motion as the caller sees it, or null when it is not theirs to see (or another union's). */
export async function readMotion(tx: Queryable, caller: Caller, id: number, at: Date, lock = false) {
  const repo = motionsRepository(tx);
  if (lock && !(await repo.lock(id))) return null;
  const row = await repo.find(id);
  if (!row || row.unionId !== caller.unionId) return null;
  const ctx = await sessionContext(tx, caller, row.sessionId, at);
  return canSeeMotion(ctx, row) ? { row, ctx } : null;
}

export async function motionView(tx: Queryable, caller: Caller, id: number, at: Date) {
  const found = await readMotion(tx, caller, id, at);
  if (!found) throw notFound(MOTION_NOT_FOUND);
  return toMotionView(found.row, await motionsRepository(tx).replies(id), found.ctx)!;
}

interface ActionSpec<B extends TSchema> {
  url: string;
  operationId: string;
  summary: string;
  /** Omitted for a step that takes no fields. */
  body?: B;
  method?: 'POST' | 'PUT';
}

/**
 * One step of a motion (附议, 提交, 审查, 答复, 评价): the rule runs in a transaction with the row
 * locked, so two taps or two reviewers take turns and the second sees the first one's result.
 * Someone else's invisible motion is "not found", never "forbidden".
 */
export function motionAction<B extends TSchema>(
  app: FastifyInstance,
  spec: ActionSpec<B>,
  act: (c: MotionActionContext<Static<B>>) => Promise<void>,
) {
  app.route({
    method: spec.method ?? 'POST',
    url: spec.url,
    schema: {
      operationId: spec.operationId,
      tags,
      summary: spec.summary,
      params: IdParams,
      ...(spec.body ? { body: spec.body } : {}),
      response: { 200: Motion, ...errors(400, 401, 403, 404, 409) },
    },
    preHandler: allow('member'),
    handler: async (request) => {
      const { caller } = request;
      const { id } = request.params as Static<typeof IdParams>;
      const at = now();
      return app.db.transaction(async (tx) => {
        const found = await readMotion(tx, caller, id, at, true);
        if (!found) throw notFound(MOTION_NOT_FOUND);
        await act({
          ...found,
          tx,
          body: (request.body ?? {}) as Static<B>,
          messages: congressMessages(tx, app.config.wechat.templates),
        });
        return motionView(tx, caller, id, at);
      });
    },
  });
}
