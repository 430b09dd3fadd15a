import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import reviewRoutes from './review-routes';
import rollupRoutes from './rollup-routes';
import selfRoutes from './self-routes';
import standardRoutes from './standard-routes';

/** 建家评家: the standard, rounds, self-assessment, review, 互查 and roll-ups. Every route needs a signed-in officer. */
const assessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  await app.register(standardRoutes);
  await app.register(selfRoutes);
  await app.register(reviewRoutes);
  await app.register(rollupRoutes);
};

export default assessmentRoutes;
