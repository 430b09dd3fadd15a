import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { forbidden } from '../../errors';
import { sendDownload, XLSX_TYPE } from '../../http/download';
import { errors, IdParams, XlsxFile } from '../../schemas/common';
import { allow, officerOf } from '../../policy';
import { clubOfUnion } from './access';
import { clubWorkbook } from './export';
import { clubExportData } from './export-repository';
import { clubRepository } from './repository';

const tags = ['兴趣社团'];

/** The club's members and attendance as XLSX, for its leaders and the union's staff. */
const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = clubRepository(app.db);

  app.get(
    '/:id/export',
    {
      schema: {
        operationId: 'exportClubWorkbook',
        tags,
        summary: '导出 Excel：成员名单、活动汇总、签到明细（本社团负责人、工会干事、主席）',
        params: IdParams,
        response: { 200: XlsxFile, ...errors(401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      const leads = (await repo.roleOf(club.id, caller.memberId)) === 'leader';
      if (!leads && !officerOf(caller, club.unionId)) throw forbidden('只有本社团负责人和工会干事可以导出');
      const file = await clubWorkbook(club.name, await clubExportData(app.db, club.id));
      return sendDownload(reply, XLSX_TYPE, `club-${club.id}.xlsx`, `${club.name}-成员与签到.xlsx`, file);
    },
  );
};

export default exportRoutes;
