import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../../schemas/common';
import { allow } from '../../policy';
import { now } from '../../clock';
import { tags } from './motion-action';
import { CongressSettings, UpdateCongressSettingsBody } from './schemas';
import { congressSettings, saveSecondersRequired } from './settings-repository';

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
      await app.db.transaction((tx) =>
        saveSecondersRequired(tx, caller.unionId, request.body.secondersRequired, now()),
      );
      return congressSettings(app.db, caller.unionId);
    },
  );
};

export default settingsRoutes;
