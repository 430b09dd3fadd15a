import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import exportRoutes from './export-routes';
import memberRoutes from './member-routes';
import rollupRoutes from './rollup-routes';
import staffRoutes from './staff-routes';

/**
 * 会员评议职工之家. Every route needs a signed-in member except the export download, which is
 * opened with a one-time ticket instead.
 */
const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(async (signedIn) => {
    signedIn.addHook('onRequest', app.authenticate);
    await signedIn.register(memberRoutes);
    await signedIn.register(staffRoutes);
    await signedIn.register(rollupRoutes);
  });
  await app.register(exportRoutes);
};

export default surveyRoutes;
