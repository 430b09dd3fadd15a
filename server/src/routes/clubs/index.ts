import type { FastifyPluginAsync } from 'fastify';
import { createContentCheck } from '../../services/content-check';
import clubRoutes from './club-routes';
import eventRoutes from './event-routes';

/** 兴趣社团: clubs, membership, announcements, events with a waitlist, attendance. */
const clubsPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);
  const contentCheck = createContentCheck(app.config);
  await app.register(clubRoutes, { contentCheck });
  await app.register(eventRoutes, { contentCheck });
};

export default clubsPlugin;
