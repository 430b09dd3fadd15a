import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import deskRoutes from './desk-routes';
import manageRoutes from './manage-routes';
import memberRoutes from './member-routes';
import { startOverdueSweep } from './overdue';

/** 工会主席接待日 under /api/reception: members book, the chair receives, registers, hands on and replies. */
const receptionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  await app.register(memberRoutes);
  await app.register(deskRoutes);
  await app.register(manageRoutes);

  // Overdue replies are flagged to the chair by a sweep that several instances may run side by side.
  let stop: (() => void) | undefined;
  app.addHook('onReady', async () => {
    stop = startOverdueSweep(app.db, app.config.wechat.templates, app.log);
  });
  app.addHook('onClose', async () => stop?.());
};

export default receptionRoutes;
