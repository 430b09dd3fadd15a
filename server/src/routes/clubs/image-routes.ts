import { now } from '../../clock';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AppError, badRequest, forbidden, notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import type { ContentCheck } from '../../services/content-check';
import type { FileStore } from '../../services/file-store';
import { sniffContentType } from '../../services/file-store';
import { clubOfUnion, IMAGE_URL, requireLeader } from './access';
import { clubRepository } from './repository';
import { clubImageRepository } from './images-repository';
import { allow } from '../../policy';

const tags = ['兴趣社团'];
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const TOO_LARGE = `每张图片不能超过 ${MAX_IMAGE_BYTES / 1024 / 1024} MB`;

export interface ImageDeps {
  store: FileStore;
  contentCheck: ContentCheck;
}

/** A leader uploads a photo for an announcement; outside dev mode WeChat checks it before anyone sees it. */
export const imageUploadRoutes: FastifyPluginAsyncTypebox<ImageDeps> = async (app, { store, contentCheck }) => {
  const repo = clubRepository(app.db);
  app.post(
    '/:id/images',
    {
      schema: {
        operationId: 'uploadClubImage',
        tags,
        summary:
          '上传公告图片（JPG、PNG、WebP，≤ 5 MB，本社团负责人），字段名 file；正式环境经微信内容安全检查后才显示',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: {
          201: Type.Object({
            url: Type.String(),
            status: Type.Union([Type.Literal('checking'), Type.Literal('pass')]),
          }),
          ...errors(400, 401, 403, 404, 413),
        },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      await requireLeader(repo, caller, club.id);
      if (!request.isMultipart()) throw badRequest('请以表单（multipart/form-data）上传图片');
      let buffer: Buffer;
      try {
        const part = await request.file();
        if (!part) throw badRequest('请选择要上传的图片');
        buffer = await part.toBuffer();
        await request.bindUploadToIdempotencyKey(part, buffer);
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError(413, 'FILE_TOO_LARGE', TOO_LARGE);
        throw error;
      }
      const contentType = sniffContentType(buffer);
      if (!contentType || contentType === 'application/pdf') throw badRequest('只能上传 JPG、PNG 或 WebP 图片');
      const token = randomUUID();
      const key = `clubs/${now().toISOString().slice(0, 7)}/${token}`;
      await store.put(key, buffer, contentType);
      const images = clubImageRepository(app.db);
      const imageId = await images.addCheckingImage({
        clubId: club.id,
        token,
        storageKey: key,
        contentType,
        sizeBytes: buffer.length,
        uploadedBy: caller.memberId,
      });
      let traceId: string | null;
      try {
        traceId =
          (await contentCheck.image(`${request.protocol}://${request.host}${IMAGE_URL(token)}`))?.traceId ?? null;
      } catch (error) {
        await images.deleteImage(imageId);
        await store.delete(key).catch(() => undefined);
        throw error;
      }
      const status = traceId ? 'checking' : 'pass';
      await images.setCheckStarted(imageId, status, traceId);
      return reply.status(201).send({ url: IMAGE_URL(token), status });
    },
  );
};

const sha1 = (text: string) => createHash('sha1').update(text).digest();

/** WeChat's message-push signature: sha1 of the token, timestamp and nonce sorted and joined. */
export function pushSignatureValid(
  token: string | undefined,
  q: { signature?: string; timestamp?: string; nonce?: string },
): boolean {
  if (!token || !q.signature || !q.timestamp || !q.nonce || !/^[0-9a-f]{40}$/.test(q.signature)) return false;
  return timingSafeEqual(sha1([token, q.timestamp, q.nonce].sort().join('')), Buffer.from(q.signature, 'hex'));
}

const PushQuery = Type.Object({
  signature: Type.Optional(Type.String()),
  timestamp: Type.Optional(Type.String()),
  nonce: Type.Optional(Type.String()),
  echostr: Type.Optional(Type.String()),
});

/**
 * Without a login: the photos themselves (an <Image> cannot send the login header; the address is
 * unguessable and a rejected photo is gone), and WeChat's message push that answers mediaCheckAsync
 * (verified with WECHAT_PUSH_TOKEN, the token set in the mini-program's 消息推送, JSON format).
 */
export const publicImageRoutes: FastifyPluginAsyncTypebox<ImageDeps & { pushToken?: string }> = async (
  app,
  { store, pushToken },
) => {
  app.get(
    '/images/:token',
    {
      schema: {
        operationId: 'getClubImage',
        tags,
        summary: '公告图片',
        security: [],
        params: Type.Object({ token: Type.String({ pattern: '^[0-9a-f-]{36}$', title: '图片' }) }),
        response: {
          200: {
            description: '图片',
            content: { 'image/*': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } },
          },
          ...errors(400, 404),
        },
      },
    },
    async (request, reply) => {
      const image = await clubImageRepository(app.db).servableImage(request.params.token);
      const body = image ? await store.get(image.storageKey) : null;
      if (!image || !body) throw notFound('图片不存在');
      return reply
        .header('content-type', image.contentType)
        .header('cache-control', 'public, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(body);
    },
  );

  app.get(
    '/wechat-push',
    {
      schema: {
        operationId: 'verifyClubWechatPush',
        tags,
        summary: '微信消息推送的地址验证',
        security: [],
        querystring: PushQuery,
        response: { 200: Type.String(), ...errors(403) },
      },
    },
    async (request, reply) => {
      if (!pushSignatureValid(pushToken, request.query)) throw forbidden('签名无效');
      return reply.type('text/plain').send(request.query.echostr ?? '');
    },
  );

  app.post(
    '/wechat-push',
    {
      schema: {
        operationId: 'receiveClubWechatPush',
        tags,
        summary: '微信消息推送：图片内容安全检查（wxa_media_check）的结果',
        security: [],
        querystring: PushQuery,
        body: Type.Unknown(),
        response: { 200: Type.String(), ...errors(403) },
      },
    },
    async (request, reply) => {
      if (!pushSignatureValid(pushToken, request.query)) throw forbidden('签名无效');
      const raw = request.body;
      const push = (typeof raw === 'string' ? JSON.parse(raw || '{}') : (raw ?? {})) as {
        Event?: string;
        trace_id?: string;
        result?: { suggest?: string };
      };
      if (push.Event === 'wxa_media_check' && push.trace_id) {
        const status = push.result?.suggest === 'pass' ? 'pass' : 'rejected';
        const storageKey = await clubImageRepository(app.db).settleCheck(push.trace_id, status);
        if (storageKey !== null && status === 'rejected') await store.delete(storageKey).catch(() => undefined);
      }
      return reply.type('text/plain').send('success');
    },
  );
};
