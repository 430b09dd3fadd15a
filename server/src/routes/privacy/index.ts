import * as clock from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError, conflict } from '../../errors';
import { sendDownload, XLSX_TYPE } from '../../http/download';
import { bearerToken, hashToken } from '../../plugins/auth';
import { errors } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { eraseAccount, lockErasureTarget, OFFICER_ROLES, RULES_VERSION } from '../../services/personal-data';
import {
  erasurePreview,
  exportJson,
  exportWorkbook,
  personalDataExport,
  personalDataView,
  ROLE_LABELS,
} from '../../services/personal-data-report';
import { privacyRepository } from './repository';
import { EraseBody, ErasurePreview, ErasureResult, ExportQuery, Gone, PersonalData } from './schemas';
import { allow } from '../../policy';

const tags = ['个人信息与隐私'];
const accountGone = () => new AppError(410, 'ACCOUNT_ERASED', '该账号已注销');

const officerRefusal = (roles: string[]) => {
  const held = roles.filter((role) => (OFFICER_ROLES as readonly string[]).includes(role));
  if (!held.length) return null;
  return `您目前担任${held.map((r) => ROLE_LABELS[r]).join('、')}，请先请本工会的其他干事或主席撤销您的角色，再注销账号`;
};

/**
 * 个人信息与隐私 (PIPL Art. 44–47): the signed-in member reads, downloads and erases their own data.
 * Every route acts on the caller alone: there is no way to name another member here, so staff
 * cannot erase someone else (they use 离会 in the roster).
 */
const privacyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const store = app.fileStore;

  // A device still holding a session of an erased account hears that the account is gone.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    try {
      await app.authenticate(request);
    } catch (error) {
      const token = bearerToken(request);
      if (token && (error as AppError).code === 'SESSION_EXPIRED') {
        if (await privacyRepository(app.db).sessionOfErasedAccount(hashToken(token))) throw accountGone();
      }
      throw error;
    }
  });

  app.get(
    '/',
    {
      schema: {
        operationId: 'getMyPersonalData',
        tags,
        summary: '本人的个人信息：资料、各项服务的记录、参加评议的次数',
        response: { 200: PersonalData, ...errors(401), ...Gone },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const data = await personalDataView(app.db, request.caller.memberId, 50, app.keyRing);
      if (!data) throw accountGone();
      return data;
    },
  );

  app.get(
    '/export',
    {
      schema: {
        operationId: 'exportMyPersonalData',
        tags,
        summary: '下载本人的个人信息（JSON 或 XLSX）',
        querystring: ExportQuery,
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...errors(400, 401), ...Gone },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const { format } = request.query;
      const data = await personalDataExport(app.db, caller.memberId, app.keyRing);
      if (!data) throw accountGone();
      const file = format === 'json' ? Buffer.from(exportJson(data)) : await exportWorkbook(data);
      await audit(app.db, {
        ...auditActor(caller),
        action: 'privacy.data.export',
        targetType: 'member',
        targetId: caller.memberId,
        detail: { format },
      });
      const type = format === 'json' ? 'application/json; charset=utf-8' : XLSX_TYPE;
      return sendDownload(reply, type, `my-personal-data.${format}`, `我的个人信息.${format}`, file);
    },
  );

  app.get(
    '/erasure',
    {
      schema: {
        operationId: 'previewAccountErasure',
        tags,
        summary: '注销账号前：能否注销，以及会取消、删除哪些内容',
        response: { 200: ErasurePreview, ...errors(401), ...Gone },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const refusal = officerRefusal(caller.roles.map((g) => g.role));
      return { allowed: !refusal, refusal, effects: await erasurePreview(app.db, caller.memberId, clock.now()) };
    },
  );

  app.delete(
    '/account',
    {
      schema: {
        operationId: 'eraseMyAccount',
        tags,
        summary: '注销本人账号：按公开的规则删除或匿名化个人信息，统计数字不变；不可恢复',
        body: EraseBody,
        response: { 200: ErasureResult, ...errors(400, 401, 409), ...Gone },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const now = clock.now();
      const done = await app.db.transaction(async (tx) => {
        const target = await lockErasureTarget(tx, caller.memberId);
        if (!target) throw accountGone();
        const refusal = officerRefusal(target.roles);
        if (refusal) throw conflict(refusal, 'OFFICER_ROLE');
        const effects = await erasurePreview(tx, target.id, now);
        return { ...(await eraseAccount(tx, target, { now, templates: app.config.wechat.templates })), effects };
      });
      // After the commit: a file whose row is gone is never served again; a failed delete is logged.
      for (const key of done.files) {
        await store
          .delete(key)
          .catch((err: unknown) =>
            request.log.error({ err, key }, 'erased account: attachment not deleted from the file store'),
          );
      }
      return { erasedAt: now, rulesVersion: RULES_VERSION, effects: done.effects };
    },
  );
};

export default privacyRoutes;
