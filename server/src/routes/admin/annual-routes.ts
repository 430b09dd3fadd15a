import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { sendDownload, XLSX_TYPE } from '../../http/download';
import { errors } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { managed, ROSTER_MANAGERS_ONLY, tags } from './access';
import { adminRepository } from './repository';
import { annualFigures, annualSheets, annualWorkbook } from './annual-report';
import { AnnualReportContents, AnnualReportQuery } from './schemas';
import { allow } from '../../policy';
import { thisYear } from '../../clock';

/** 年度建家材料: the year's figures from every feature, as a preview and as one XLSX workbook. */
const annualRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const unionName = (unionId: number) => adminRepository(app.db).unionName(unionId);

  app.get(
    '/annual-report/contents',
    {
      schema: {
        operationId: 'getAnnualReportContents',
        tags,
        summary: '年度建家材料的内容预览：工作簿有哪些表，各项数字是多少',
        querystring: AnnualReportQuery,
        response: { 200: AnnualReportContents, ...errors(400, 401, 403) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request) => {
      const { unionId } = await managed(app.db, request);
      const year = request.query.year ?? thisYear();
      return {
        year,
        unionName: await unionName(unionId),
        sheets: annualSheets(year),
        figures: await annualFigures(app.db, unionId, year),
      };
    },
  );

  app.get(
    '/annual-report',
    {
      schema: {
        operationId: 'exportAnnualReport',
        tags,
        summary: '年度建家材料（XLSX）：各项服务的全年数据、按月统计和口径说明',
        querystring: AnnualReportQuery,
        response: {
          200: Type.Unsafe({ type: 'string', format: 'binary', description: 'XLSX 工作簿' }),
          ...errors(400, 401, 403),
        },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request, reply) => {
      const { caller, unionId } = await managed(app.db, request);
      const year = request.query.year ?? thisYear();
      const file = await annualWorkbook(app.db, unionId, await unionName(unionId), year);
      await audit(app.db, {
        ...auditActor(caller),
        action: 'export.download',
        targetType: 'annual_report',
        targetId: year,
        detail: { year },
      });
      return sendDownload(reply, XLSX_TYPE, `annual-report-${year}.xlsx`, `${year}年度建家材料.xlsx`, file);
    },
  );
};

export default annualRoutes;
