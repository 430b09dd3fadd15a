import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import exportRoutes from './export-routes';
import motionRoutes from './motion-routes';
import reviewRoutes from './review-routes';
import sessionRoutes from './session-routes';
import settingsRoutes from './settings-routes';
import suggestionRoutes from './suggestion-routes';

/** 教代会提案 under /api/congress: the union's rules, sessions and 代表, motions from draft to rating, 建议, the 汇总表. */
const congressRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  await app.register(sessionRoutes);
  await app.register(settingsRoutes);
  await app.register(motionRoutes);
  await app.register(reviewRoutes);
  await app.register(suggestionRoutes);
  await app.register(exportRoutes);
};

export default congressRoutes;

// What the overdue-reply flags (jobs/) use.
export { congressMessages } from './messages';
