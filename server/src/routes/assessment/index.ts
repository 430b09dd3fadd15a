import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import evidenceRoutes, { MAX_EVIDENCE_BYTES } from './evidence-routes';
import peerRoutes from './peer-routes';
import reviewRoutes from './review-routes';
import rollupRoutes from './rollup-routes';
import selfRoutes from './self-routes';
import standardRoutes from './standard-routes';

/** 建家评家: the standard, rounds, self-assessment, review, 互查 and roll-ups. Every route needs a signed-in officer. */
const assessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 5, parts: 6 } });
  await app.register(standardRoutes);
  await app.register(selfRoutes);
  await app.register(reviewRoutes);
  await app.register(peerRoutes);
  await app.register(rollupRoutes);
  await app.register(evidenceRoutes);
};

export default assessmentRoutes;

// The standard the seed fills in.
export { DEFAULT_RESULTS, DEFAULT_STANDARD } from './standard';
