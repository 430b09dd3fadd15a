import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import deskRoutes from './desk-routes';
import manageRoutes from './manage-routes';
import memberRoutes from './member-routes';
import visitRoutes from './visit-routes';

/** 工会主席接待日 under /api/reception: members book, the chair receives, registers, hands on and replies. */
const receptionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  await app.register(memberRoutes);
  await app.register(deskRoutes);
  await app.register(visitRoutes);
  await app.register(manageRoutes);
};

export default receptionRoutes;

// What the overdue-reply flags (jobs/), the 建家 figures and the personal-data services use.
export { appointmentLink, receptionMessages } from './messages';
export { monthlySummary } from './summary';
