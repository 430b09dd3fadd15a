import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Queryable } from '../../db';
import { errors } from '../../schemas/common';
import { allow } from '../../policy';
import { localDate } from '../../time/beijing';
import { now } from '../../clock';
import { tags } from './motion-action';
import { CongressSettings, UpdateCongressSettingsBody } from './schemas';

/** 附议人数 when the union has never set it: the policy texts' usual rule. */
export const DEFAULT_SECONDERS_REQUIRED = 2;

/** The union's 教代会 rules; a union that never chose has the default (no row is written until it does). */
export async function congressSettings(db: Queryable, unionId: number) {
  const [row] = await db.query<{ secondersRequired: number }>(
    `SELECT seconders_required AS "secondersRequired" FROM congress_settings WHERE union_id = $1`,
    [unionId],
  );
  return { secondersRequired: row?.secondersRequired ?? DEFAULT_SECONDERS_REQUIRED };
}

/**
 * Every member may read the rule (a 代表 needs it before drafting); staff and the chair change it.
 * A motion needs the union's number, so a change reaches every session whose collection has not
 * ended (its drafts are not submitted yet) and the sessions opened later. A session whose
 * collection is over keeps the number its motions were submitted under: the record stays true.
 */
const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/settings',
    {
      schema: {
        operationId: 'getCongressSettings',
        tags,
        summary: '本工会的教代会设置（附议人数）',
        response: { 200: CongressSettings, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => congressSettings(app.db, request.caller.unionId),
  );

  app.put(
    '/settings',
    {
      schema: {
        operationId: 'updateCongressSettings',
        tags,
        summary: '修改附议人数（工会干事、主席）；征集未结束的会议和以后开设的会议采用',
        body: UpdateCongressSettingsBody,
        response: { 200: CongressSettings, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer', '只有工会干事和主席可以修改教代会设置'),
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      const n = request.body.secondersRequired;
      await app.db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO congress_settings (union_id, seconders_required, updated_at) VALUES ($1, $2, $3)
           ON CONFLICT (union_id) DO UPDATE SET seconders_required = EXCLUDED.seconders_required, updated_at = EXCLUDED.updated_at`,
          [caller.unionId, n, at],
        );
        await tx.query(
          `UPDATE congress_sessions SET seconders_required = $2 WHERE union_id = $1 AND closes_on >= $3::date`,
          [caller.unionId, n, localDate(at)],
        );
      });
      return congressSettings(app.db, caller.unionId);
    },
  );
};

export default settingsRoutes;
