import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from '../../errors';
import { errors } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { managed, ROSTER_MANAGERS_ONLY, tags } from './access';
import { adminRepository } from './repository';
import { parseRoster, readSheet } from './roster';
import { ImportQuery, ImportReport } from './schemas';
import { allow } from '../../policy';

async function readUpload(request: FastifyRequest): Promise<{ buffer: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw badRequest('请以表单（multipart/form-data）上传名册文件');
  try {
    const part = await request.file();
    if (!part) throw badRequest('请选择要导入的名册文件');
    const buffer = await part.toBuffer();
    await request.bindUploadToIdempotencyKey(part, buffer);
    const named = part.fields.fileName;
    const fileName = named && 'value' in named && typeof named.value === 'string' ? named.value : part.filename;
    return { buffer, fileName: (fileName || '名册').slice(0, 80) };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(413, 'FILE_TOO_LARGE', '名册文件不能超过 10 MB');
    throw error;
  }
}

/** The roster from a file: checked first (dryRun), then written in one transaction. */
const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/members/import',
    {
      schema: {
        operationId: 'importMembers',
        tags,
        summary: '导入名册（CSV 或 XLSX：姓名、工号、分工会、手机号、会籍状态）；dryRun=true 只检查，false 才写入',
        consumes: ['multipart/form-data'],
        querystring: ImportQuery,
        response: { 200: ImportReport, ...errors(400, 401, 403, 409, 413) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request) => {
      const { caller, unionId } = await managed(app.db, request);
      const dryRun = request.query.dryRun ?? true;
      const { buffer, fileName } = await readUpload(request);
      const sheet = await readSheet(buffer);
      return app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        if (!dryRun) await txRepo.lockUnion(unionId);
        const branchNames = new Set((await txRepo.branches(unionId)).map((b) => b.name));
        const { rows, problems } = parseRoster(sheet, branchNames);
        if (rows.length + problems.length === 0) throw badRequest('名册中没有数据行');
        const plan = await txRepo.planImport(unionId, rows);
        const self = plan.deactivate.includes(caller.memberId);
        if (self)
          problems.push({
            row: rows.find((r) => r.staffNo === plan.update.find((u) => u.id === caller.memberId)?.staffNo)!.row,
            staffNo: '',
            reason: '不能把自己设为离会',
          });
        const report = {
          dryRun,
          fileName,
          total: rows.length + problems.length - (self ? 1 : 0),
          created: plan.create.length,
          updated: plan.update.length,
          deactivated: plan.deactivate.length,
          unchanged: plan.unchanged,
          problems: problems.sort((a, b) => a.row - b.row),
        };
        if (dryRun) return report;
        if (problems.length) throw badRequest(`名册中有 ${problems.length} 行有误，请改正后重新导入`);
        await txRepo.applyImport(unionId, plan);
        await audit(tx, {
          ...auditActor(caller),
          action: 'roster.import.apply',
          targetType: 'roster_import',
          detail: {
            file: fileName,
            rows: report.total,
            created: report.created,
            updated: report.updated,
            deactivated: report.deactivated,
          },
        });
        return report;
      });
    },
  );
};

export default importRoutes;
