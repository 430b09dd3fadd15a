import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import hardshipRoutes from './hardship-routes';
import recordRoutes from './record-routes';
import summaryRoutes from './summary-routes';

/** 送温暖: care records, the 困难职工 list and yearly totals. Every route needs a signed-in officer. */
const careRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  await app.register(recordRoutes);
  await app.register(hardshipRoutes);
  await app.register(summaryRoutes);
};

export default careRoutes;

// What the festival reminders (jobs/) and the seed use.
export { DEFAULT_KINDS, SPRING_FESTIVAL } from './kinds';
