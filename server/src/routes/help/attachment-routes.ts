import type { MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import path from 'node:path';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors';
import { sendInline } from '../../http/download';
import { errors, IdParams } from '../../schemas/common';
import { type FileStore, newStorageKey, sniffContentType, type StoredContentType } from '../../services/file-store';
import { now as helpNow } from '../../clock';
import { type HelpDeps, inTransaction, tags } from './context';
import { helpRepository } from './repository';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, OPEN_STATUSES, STATUS_LABELS } from './rules';
import { AttachmentParams, AttachmentQuery, BinaryFile } from './office-schemas';
import { HelpAttachment } from './schemas';
import { type HelpContext, isHandlerOf, lockFor, type Who } from './service';
import { allow } from '../../policy';

const EXTENSIONS: Record<StoredContentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};
const TOO_LARGE = `单个附件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;

// Names a picker makes up, not the member's: Taro H5's `file-1796612546143`, WeChat's `tmp_…` and
// `wx…` temporary files. The timeline then says 照片 rather than a key the member never chose.
const MADE_UP_NAME = /^(file-\d{10,}|tmp[_-].*|wx[0-9a-f]{16,}.*|[0-9a-f]{32,})$/i;

/** A display name for the file: the client's name without its path, with the extension of what the file really is. */
function displayName(claimed: string | undefined, type: StoredContentType): string {
  let base = path
    .basename((claimed ?? '').replace(/\\/g, '/'))
    .replace(/\.[^.]*$/, '')
    .replace(/[\u0000-\u001f\u007f/\\]/g, '')
    .trim()
    .slice(0, 60);
  if (MADE_UP_NAME.test(base)) base = '';
  return `${base || (type === 'application/pdf' ? '文件' : '照片')}.${EXTENSIONS[type]}`;
}

/** Reads the one file of a multipart upload into memory, refusing it past 10 MB. */
async function readUpload(request: FastifyRequest): Promise<{ buffer: Buffer; fileName: string | undefined }> {
  if (!request.isMultipart()) throw badRequest('请以表单（multipart/form-data）上传文件');
  let part: MultipartFile | undefined;
  try {
    part = await request.file();
    if (!part) throw badRequest('请选择要上传的文件');
    const buffer = await part.toBuffer();
    await request.bindUploadToIdempotencyKey(part, buffer);
    const named = part.fields.fileName;
    const fileName = named && 'value' in named && typeof named.value === 'string' ? named.value : part.filename;
    return { buffer, fileName };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(413, 'FILE_TOO_LARGE', TOO_LARGE);
    throw error;
  }
}

/**
 * Keeps an attachment of the member's open case: the row and the stored bytes exist together or
 * not at all. The bytes are written last inside the transaction, so a failed write rolls the row
 * back; a failed commit is followed by removing the bytes (in the route).
 */
async function addAttachment(
  ctx: HelpContext,
  store: FileStore,
  caller: Who,
  id: number,
  file: { key: string; buffer: Buffer; contentType: StoredContentType; fileName: string },
) {
  const who = await lockFor(ctx, caller, id);
  if (!who.isOwner) throw forbidden('只有提交人本人可以上传附件');
  if (!OPEN_STATUSES.includes(who.row.status))
    throw conflict(`求助当前为「${STATUS_LABELS[who.row.status]}」，不能再上传附件`);
  const repo = helpRepository(ctx.tx);
  if ((await repo.attachmentCount(id)) >= MAX_ATTACHMENTS) throw conflict(`每件求助最多上传 ${MAX_ATTACHMENTS} 个附件`);
  const attachmentId = await repo.insertAttachment({
    requestId: id,
    uploadedBy: caller.memberId,
    storageKey: file.key,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.buffer.length,
    at: ctx.now,
  });
  await repo.addEvent({
    requestId: id,
    kind: 'attachment',
    actorId: caller.memberId,
    actorRole: 'member',
    body: `上传了附件：${file.fileName}`,
    at: ctx.now,
  });
  await store.put(file.key, file.buffer, file.contentType);
  return attachmentId;
}

/** Uploading (the member, through Taro.uploadFile) and reading attachments. */
export const uploadRoutes: FastifyPluginAsyncTypebox<HelpDeps> = async (app, { store, links }) => {
  const run = inTransaction(app);
  app.post(
    '/requests/:id/attachments',
    {
      schema: {
        operationId: 'uploadHelpAttachment',
        tags,
        summary: '上传一个附件（JPG、PNG、WebP 图片或 PDF，≤ 10 MB，每件求助最多 5 个），字段名 file',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: HelpAttachment, ...errors(400, 401, 403, 404, 409, 413) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const { buffer, fileName } = await readUpload(request);
      const contentType = sniffContentType(buffer);
      if (!contentType) throw badRequest('只能上传 JPG、PNG、WebP 图片或 PDF 文件');
      const now = helpNow();
      const key = newStorageKey('help', now);
      let attachmentId: number;
      try {
        attachmentId = await run((ctx) =>
          addAttachment(ctx, store, caller, request.params.id, {
            key,
            buffer,
            contentType,
            fileName: displayName(fileName, contentType),
          }),
        );
      } catch (error) {
        await store.delete(key).catch(() => undefined);
        throw error;
      }
      const [saved] = (await helpRepository(app.db).attachments(request.params.id)).filter(
        (a) => a.id === attachmentId,
      );
      return reply.status(201).send({ ...saved!, url: await links.url(attachmentId, now) });
    },
  );
};

/**
 * The bytes of an attachment, to the member who asked and the union's handlers: with the bearer
 * header (downloadFile), or with the temporary signed link a case page hands out (<Image src>).
 */
export const contentRoutes: FastifyPluginAsyncTypebox<HelpDeps> = async (app, { store, links }) => {
  const repo = helpRepository(app.db);
  app.get(
    '/attachments/:id/content',
    {
      schema: {
        operationId: 'getHelpAttachment',
        tags,
        summary: '附件内容：带登录凭证，或用求助详情给出的临时链接',
        params: AttachmentParams,
        querystring: AttachmentQuery,
        security: [{ bearerAuth: [] }, {}],
        response: { 200: BinaryFile('图片或 PDF'), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { exp, sig } = request.query;
      const file = await repo.findAttachment(id);
      if (exp !== undefined || sig !== undefined) {
        const verdict = exp !== undefined && sig ? await links.verify(id, exp, sig, helpNow()) : 'invalid';
        if (verdict === 'expired') throw forbidden('链接已过期，请返回求助页面重新打开', 'LINK_EXPIRED');
        if (verdict === 'invalid') throw forbidden('链接无效', 'LINK_INVALID');
      } else {
        await app.authenticate(request);
        const { caller } = request;
        if (file && file.memberId !== caller.memberId && !isHandlerOf(caller, file.unionId))
          throw notFound('附件不存在');
      }
      const body = file ? await store.get(file.storageKey) : null;
      if (!file || !body) throw notFound('附件不存在');
      return sendInline(reply, file, body);
    },
  );
};
