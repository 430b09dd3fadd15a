import { now } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import path from 'node:path';
import { AppError, badRequest, conflict, notFound } from '../../errors';
import { errors } from '../../schemas/common';
import { newStorageKey, sniffContentType } from '../../services/file-store';
import { sendInline } from '../../http/download';
import { requireSchoolStaff, schoolAccess } from './access';
import { evidenceRepository } from './evidence-repository';
import { assessmentRepository } from './repository';
import { ItemParams, SelfAssessment, tags } from './schemas';
import { isEditable, selfAssessmentView } from './view';
import { allow } from '../../policy';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
const MAX_FILES_PER_ITEM = 9;
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};
const FileParams = Type.Object(
  { ...ItemParams.properties, fileId: Type.Integer({ minimum: 1, title: '文件' }) },
  { additionalProperties: false },
);

/** Evidence files (photos, scans) of one item, kept in the shared file store. */
const evidenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/rounds/:roundId/schools/:schoolId/items/:key/files',
    {
      schema: {
        operationId: 'uploadAssessmentEvidence',
        tags,
        summary: '为一条自评上传佐证材料（JPG、PNG、WebP 图片或 PDF，≤ 10 MB，每条最多 9 个），字段名 file',
        consumes: ['multipart/form-data'],
        params: ItemParams,
        response: { 201: SelfAssessment, ...errors(400, 401, 403, 404, 409, 413) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const access = await schoolAccess(app.db, request, request.params.roundId, request.params.schoolId);
      requireSchoolStaff(access);
      if (!access.round.items.some((i) => i.key === request.params.key)) throw notFound('本次评家没有这个考核条目');
      if (!request.isMultipart()) throw badRequest('请以表单（multipart/form-data）上传文件');
      let buffer: Buffer;
      let claimed: string | undefined;
      try {
        const part = await request.file();
        if (!part) throw badRequest('请选择要上传的文件');
        buffer = await part.toBuffer();
        await request.bindUploadToIdempotencyKey(part, buffer);
        claimed = part.filename;
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError(413, 'FILE_TOO_LARGE', '单个文件不能超过 10 MB');
        throw error;
      }
      const contentType = sniffContentType(buffer);
      if (!contentType) throw badRequest('只能上传 JPG、PNG、WebP 图片或 PDF 文件');
      const base = path
        .basename(claimed ?? '')
        .replace(/\.[^.]*$/, '')
        .replace(/[\u0000-\u001f\u007f/\\]/g, '')
        .trim()
        .slice(0, 60);
      const fileName = `${base || '佐证材料'}.${EXTENSIONS[contentType]}`;
      const key = newStorageKey('assessment', now());
      try {
        // The row and the bytes exist together or not at all: the bytes are written last, inside the transaction.
        await app.db.transaction(async (tx) => {
          const row = await assessmentRepository(tx).ensureAssessment(access.round.id, access.school.id);
          if (!isEditable(access.round, row.status)) throw conflict('自评已提交或不在填写期间，不能再上传材料');
          const files = evidenceRepository(tx);
          if ((await files.countItemFiles(row.id, request.params.key)) >= MAX_FILES_PER_ITEM)
            throw conflict(`每条最多上传 ${MAX_FILES_PER_ITEM} 个文件`);
          await files.insertEvidenceFile({
            assessmentId: row.id,
            itemKey: request.params.key,
            storageKey: key,
            fileName,
            contentType,
            sizeBytes: buffer.length,
            uploadedBy: access.caller.memberId,
          });
          await app.fileStore.put(key, buffer, contentType);
        });
      } catch (error) {
        await app.fileStore.delete(key).catch(() => undefined);
        throw error;
      }
      return reply.status(201).send(await selfAssessmentView(app.db, access));
    },
  );

  app.get(
    '/rounds/:roundId/schools/:schoolId/items/:key/files/:fileId',
    {
      schema: {
        operationId: 'getAssessmentEvidence',
        tags,
        summary: '查看一个佐证材料文件（本校干事、上级工会和互查学校）',
        params: FileParams,
        response: {
          200: Type.Unsafe({ type: 'string', format: 'binary', description: '文件内容' }),
          ...errors(401, 403, 404),
        },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const access = await schoolAccess(app.db, request, request.params.roundId, request.params.schoolId);
      const file = await evidenceRepository(app.db).evidenceFile(
        access.round.id,
        access.school.id,
        request.params.key,
        request.params.fileId,
      );
      const bytes = file ? await app.fileStore.get(file.storageKey) : null;
      if (!file || !bytes) throw notFound('文件不存在');
      return sendInline(reply, file, bytes);
    },
  );

  app.delete(
    '/rounds/:roundId/schools/:schoolId/items/:key/files/:fileId',
    {
      schema: {
        operationId: 'deleteAssessmentEvidence',
        tags,
        summary: '删除一个佐证材料（提交前；已删除的再删一次无影响）',
        params: FileParams,
        response: { 200: SelfAssessment, ...errors(401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const access = await schoolAccess(app.db, request, request.params.roundId, request.params.schoolId);
      requireSchoolStaff(access);
      const removed = await app.db.transaction(async (tx) => {
        const row = await assessmentRepository(tx).ensureAssessment(access.round.id, access.school.id);
        if (!isEditable(access.round, row.status)) throw conflict('自评已提交或不在填写期间，不能再删除材料');
        return evidenceRepository(tx).deleteEvidenceFile(row.id, request.params.key, request.params.fileId);
      });
      // The bytes go after the row: a failed delete leaves an orphan file, never a row without its file.
      if (removed) await app.fileStore.delete(removed.storageKey).catch(() => undefined);
      return selfAssessmentView(app.db, access);
    },
  );
};

export default evidenceRoutes;
