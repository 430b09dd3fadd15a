import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { badRequest, conflict, notFound } from '../../errors';
import { sendDownload, XLSX_TYPE } from '../../http/download';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { now as helpNow } from '../../clock';
import { tags } from './context';
import { buildHelpWorkbook, monthsBetween, monthStart, nextMonth } from './export';
import { helpRepository } from './repository';
import {
  BinaryFile,
  ClosedDayList,
  CreateCategoryBody,
  CreateClosedDayBody,
  ExportQuery,
  HelpCategory,
  HelpSettings,
  HelpSettingsBody,
  UpdateCategoryBody,
} from './office-schemas';
import { beijingDate, plusDays } from './working-days';
import { allow } from '../../policy';

const MAX_EXPORT_MONTHS = 24;

/** Staff settings: categories, the union's closure days, the answer deadline; the Excel export. */
const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = helpRepository(app.db);

  app.post(
    '/categories',
    {
      schema: {
        operationId: 'createHelpCategory',
        tags,
        body: CreateCategoryBody,
        response: { 201: HelpCategory, ...errors(400, 401, 403, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { unionId } = request.caller;
      await repo.categories(unionId, true);
      const name = request.body.name.trim();
      if (!name) throw badRequest('请填写类别名称');
      const id = await repo.createCategory(unionId, name, request.body.allowsAnonymous ?? false);
      if (!id) throw conflict(`已有名为「${name}」的类别`);
      return reply.status(201).send((await repo.findCategory(unionId, { id }))!);
    },
  );

  app.patch(
    '/categories/:id',
    {
      schema: {
        operationId: 'updateHelpCategory',
        tags,
        summary: '改名、停用或启用类别',
        params: IdParams,
        body: UpdateCategoryBody,
        response: { 200: HelpCategory, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { unionId } = request.caller;
      const name = request.body.name?.trim();
      if (name !== undefined && !name) throw badRequest('请填写类别名称');
      const taken = name ? await repo.findCategory(unionId, { name }) : null;
      if (taken && taken.id !== request.params.id) throw conflict(`已有名为「${name}」的类别`);
      if (!(await repo.updateCategory(unionId, request.params.id, { ...request.body, name })))
        throw notFound('类别不存在');
      return (await repo.findCategory(unionId, { id: request.params.id }))!;
    },
  );

  app.get(
    '/closed-days',
    {
      schema: {
        operationId: 'listUnionClosedDays',
        tags,
        summary: '本工会的休息日（不计入答复期限）',
        response: { 200: ClosedDayList, ...errors(401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { unionId } = request.caller;
      return { items: await repo.closedDays(unionId, plusDays(beijingDate(helpNow()), -30)) };
    },
  );

  app.post(
    '/closed-days',
    {
      schema: {
        operationId: 'createUnionClosedDays',
        tags,
        summary: '登记休息日（寒暑假、节假日）：此后提交的求助不把这些日子算作工作日',
        body: CreateClosedDayBody,
        response: { 201: Type.Object({ id: Type.Integer() }), ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const caller = request.caller;
      const { startsOn, endsOn, reason } = request.body;
      if (endsOn < startsOn) throw badRequest('结束日期不能早于开始日期');
      if (plusDays(startsOn, 365) <= endsOn) throw badRequest('一次登记的休息日不能超过一年');
      if (!reason.trim()) throw badRequest('请填写原因');
      const id = await repo.addClosedDays(caller.unionId, { startsOn, endsOn, reason: reason.trim() }, caller.memberId);
      return reply.status(201).send({ id });
    },
  );

  app.delete(
    '/closed-days/:id',
    {
      schema: {
        operationId: 'deleteUnionClosedDays',
        tags,
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { unionId } = request.caller;
      if (!(await repo.removeClosedDays(unionId, request.params.id))) throw notFound('休息日不存在');
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/settings',
    {
      schema: { operationId: 'getHelpSettings', tags, response: { 200: HelpSettings, ...errors(401, 403) } },
      preHandler: allow('officer'),
    },
    async (request) => ({ responseDays: await repo.responseDays(request.caller.unionId) }),
  );

  app.put(
    '/settings',
    {
      schema: {
        operationId: 'updateHelpSettings',
        tags,
        summary: '答复期限（工作日数，默认 5）',
        body: HelpSettingsBody,
        response: { 200: HelpSettings, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { unionId } = request.caller;
      await repo.setResponseDays(unionId, request.body.responseDays);
      return { responseDays: request.body.responseDays };
    },
  );

  app.get(
    '/export',
    {
      schema: {
        operationId: 'exportHelpRequests',
        tags,
        summary: 'Excel：月度统计（按类别的求助数、平均首次答复用时、满意率）与求助明细',
        querystring: ExportQuery,
        response: { 200: BinaryFile('XLSX 文件'), ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { unionId } = request.caller;
      const now = helpNow();
      const to = request.query.to ?? beijingDate(now).slice(0, 7);
      const from = request.query.from ?? `${to.slice(0, 4)}-01`;
      if (from > to) throw badRequest('起始月份不能晚于截止月份');
      const months = monthsBetween(from, to);
      if (months.length > MAX_EXPORT_MONTHS) throw badRequest(`一次最多导出 ${MAX_EXPORT_MONTHS} 个月`);
      const rows = await repo.exportRows(unionId, monthStart(from), monthStart(nextMonth(to)), beijingDate(now));
      const unionName = (await repo.unionName(unionId)) ?? '';
      const categories = (await repo.categories(unionId, true)).map((c) => c.name);
      const file = await buildHelpWorkbook({ unionName, months, categories, rows });
      return sendDownload(reply, XLSX_TYPE, `help-${from}-${to}.xlsx`, `困难帮扶统计_${from}_${to}.xlsx`, file);
    },
  );
};

export default adminRoutes;
