import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../../errors';
import { sendDownload, XLSX_TYPE } from '../../http/download';
import { decodeKeyset } from '../../schemas/keyset';
import { errors, IdParams, XlsxFile } from '../../schemas/common';
import { notify } from '../../services/notify';
import { now } from '../../clock';
import { MY_BOOKINGS_LINK } from './links';
import {
  DecideAppealBody,
  MonthQuery,
  Settings,
  SettingsBody,
  SuspensionListQuery,
  SuspensionPage,
  Usage,
} from './manage-schemas';
import { Suspension, tags } from './schemas';
import { manageRepository } from './manage-repository';
import { standingRepository } from './standing-repository';
import { formatInstant } from '../../time/beijing';
import { monthlyUsage, usageWorkbook } from './usage';
import { allow } from '../../policy';

/** Staff: the no-show policy, suspensions and appeals, and the monthly report. */
const manageStandingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const standing = standingRepository(app.db);
  const templates = app.config.wechat.templates;

  app.get(
    '/manage/settings',
    {
      schema: {
        operationId: 'getBookingSettings',
        tags,
        summary: '未到场规则：多少天内几次未到场暂停几天',
        response: { 200: Settings, ...errors(401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return standing.settings(caller.unionId);
    },
  );

  app.put(
    '/manage/settings',
    {
      schema: {
        operationId: 'updateBookingSettings',
        tags,
        body: SettingsBody,
        response: { 200: Settings, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      await standing.saveSettings(caller.unionId, request.body);
      return standing.settings(caller.unionId);
    },
  );

  app.get(
    '/manage/suspensions',
    {
      schema: {
        operationId: 'listSuspensions',
        tags,
        summary: '预约暂停记录（appeal=pending 只看待处理的申诉）',
        querystring: SuspensionListQuery,
        response: { 200: SuspensionPage, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const { appeal, limit = 20, after } = request.query;
      const key = decodeKeyset(after, ['number'] as const);
      return standing.list(caller.unionId, appeal === 'pending', { limit, before: key && key[0] }, now());
    },
  );

  app.post(
    '/manage/suspensions/:id/decide',
    {
      schema: {
        operationId: 'decideAppeal',
        tags,
        summary: '处理申诉：approve 解除暂停，reject 维持；结果通知会员',
        params: IdParams,
        body: DecideAppealBody,
        response: { 200: Suspension, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      const approve = request.body.decision === 'approve';
      const reply = request.body.reply ?? null;
      await app.db.transaction(async (tx) => {
        const decided = await standingRepository(tx).decide({
          id: request.params.id,
          unionId: caller.unionId,
          approve,
          reply,
          by: caller.memberId,
          now: at,
        });
        if (!decided) throw notFound('没有待处理的申诉');
        await notify(tx, templates, {
          memberId: decided.memberId,
          kind: 'booking',
          title: approve ? '申诉已通过，预约资格已恢复' : '申诉未通过',
          body: approve
            ? (reply ?? '您现在可以正常预约。')
            : `预约资格暂停至 ${formatInstant(decided.endsAt)}。${reply ?? ''}`,
          link: MY_BOOKINGS_LINK,
        });
      });
      return (await standing.byId(request.params.id, at))!;
    },
  );

  app.get(
    '/manage/usage',
    {
      schema: {
        operationId: 'getMonthlyUsage',
        tags,
        summary: '月度使用情况：预约数、签到率、爽约率、热门时段',
        querystring: MonthQuery,
        response: { 200: Usage, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return monthlyUsage(app.db, caller.unionId, request.query.month);
    },
  );

  app.get(
    '/manage/usage/export',
    {
      schema: {
        operationId: 'exportMonthlyUsage',
        tags,
        summary: '月度使用情况 Excel（XLSX）',
        querystring: MonthQuery,
        response: { 200: XlsxFile, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      const unionName = await manageRepository(app.db).unionName(caller.unionId);
      const file = await usageWorkbook(await monthlyUsage(app.db, caller.unionId, request.query.month), unionName);
      return sendDownload(
        reply,
        XLSX_TYPE,
        `usage-${request.query.month}.xlsx`,
        `活动中心使用情况-${request.query.month}.xlsx`,
        file,
      );
    },
  );
};

export default manageStandingRoutes;
