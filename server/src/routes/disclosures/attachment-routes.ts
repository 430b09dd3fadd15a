import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import path from 'node:path';
import { AppError, badRequest, conflict, notFound } from '../../errors';
import { allow } from '../../policy';
import { sendInline } from '../../http/download';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { newStorageKey, sniffContentType } from '../../services/file-store';
import { tags } from './board-routes';
import { now } from '../../clock';
import { disclosureRepository } from './repository';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './rules';
import { Attachment } from './schemas';
import { attachmentUrl } from './views';

const TOO_LARGE = `单个附件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;

async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart()) throw badRequest('请以表单（multipart/form-data）上传文件');
  try {
    const part = await request.file();
    if (!part) throw badRequest('请选择要上传的文件');
    const buffer = await part.toBuffer();
    await request.bindUploadToIdempotencyKey(part, buffer);
    return { buffer, fileName: part.filename };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(413, 'FILE_TOO_LARGE', TOO_LARGE);
    throw error;
  }
}

const displayName = (claimed: string | undefined, ext: string) => {
  const base = path
    .basename(claimed ?? '')
    .replace(/\.[^.]*$/, '')
    .replace(/[\u0000-\u001f\u007f/\\]/g, '')
    .trim()
    .slice(0, 60);
  return `${base || '附件'}.${ext}`;
};
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/** Attachments of a 校务公开 item, kept in the shared file store as help's are: staff upload, members of the union read. */
const attachmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/:id/attachments',
    {
      schema: {
        operationId: 'uploadDisclosureAttachment',
        tags,
        summary: '上传附件（JPG、PNG、WebP 或 PDF，≤ 10 MB，每项最多 5 个），字段名 file',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: Attachment, ...errors(400, 401, 403, 404, 409, 413) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      const { buffer, fileName } = await readUpload(request);
      const contentType = sniffContentType(buffer);
      if (!contentType) throw badRequest('只能上传 JPG、PNG、WebP 图片或 PDF 文件');
      const key = newStorageKey('disclosure', now());
      const name = displayName(fileName, EXTENSIONS[contentType]!);
      try {
        // The row and the bytes exist together or not at all: the bytes are written last in the transaction.
        const id = await app.db.transaction(async (tx) => {
          const repo = disclosureRepository(tx);
          const unionId = await repo.lockUnionOf(request.params.id);
          if (unionId !== caller.unionId) throw notFound('公开事项不存在');
          if ((await repo.attachments(request.params.id)).length >= MAX_ATTACHMENTS)
            throw conflict(`每项最多上传 ${MAX_ATTACHMENTS} 个附件`);
          const attachmentId = await repo.insertAttachment({
            disclosureId: request.params.id,
            storageKey: key,
            fileName: name,
            contentType,
            sizeBytes: buffer.length,
          });
          await app.fileStore.put(key, buffer, contentType);
          return attachmentId;
        });
        return reply
          .status(201)
          .send({ id, fileName: name, contentType, sizeBytes: buffer.length, url: attachmentUrl(id) });
      } catch (error) {
        await app.fileStore.delete(key).catch(() => undefined);
        throw error;
      }
    },
  );

  app.get(
    '/attachments/:id/content',
    {
      schema: {
        operationId: 'getDisclosureAttachment',
        tags,
        params: IdParams,
        response: {
          200: {
            description: '图片或 PDF',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
          ...errors(401, 404),
        },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const file = await disclosureRepository(app.db).findAttachment(request.params.id);
      const body = file && file.unionId === caller.unionId ? await app.fileStore.get(file.storageKey) : null;
      if (!file || !body) throw notFound('附件不存在');
      return sendInline(reply, file, body);
    },
  );
  app.delete(
    '/attachments/:id',
    {
      schema: {
        operationId: 'deleteDisclosureAttachment',
        tags,
        summary: '删除附件（工会干事、主席）；已删除的再删一次同样成功',
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 403, 404) },
      },
      preHandler: allow('officer', '只有工会干事和主席可以删除附件'),
    },
    async (request, reply) => {
      const { caller } = request;
      const file = await disclosureRepository(app.db).findAttachment(request.params.id);
      // Gone already: a retried tap after the first one removed it; nothing else to do.
      if (!file) return reply.status(204).send(null);
      if (file.unionId !== caller.unionId) throw notFound('附件不存在');
      await disclosureRepository(app.db).deleteAttachment(file.id);
      // The row goes first: bytes left behind by a failed delete are unreachable, never a broken link.
      await app.fileStore.delete(file.storageKey).catch(() => undefined);
      return reply.status(204).send(null);
    },
  );
};

export default attachmentRoutes;
