import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import attachmentRoutes from './attachment-routes';
import boardRoutes from './board-routes';
import { MAX_ATTACHMENT_BYTES } from './rules';

/** 校务公开 under /api/disclosures: the board, its attachments, and objections during a 公示期. */
const disclosureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 } });
  await app.register(boardRoutes);
  await app.register(attachmentRoutes);
};

export default disclosureRoutes;
