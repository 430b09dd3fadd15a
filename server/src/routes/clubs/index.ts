import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import { createContentCheck } from '../../services/content-check';
import checkInRoutes from './check-in-routes';
import clubRoutes from './club-routes';
import eventLeaderRoutes from './event-leader-routes';
import eventRoutes from './event-routes';
import exportRoutes from './export-routes';
import { imageUploadRoutes, MAX_IMAGE_BYTES, publicImageRoutes } from './image-routes';
import membershipRoutes from './membership-routes';

/**
 * 兴趣社团: clubs, membership, announcements with photos, events with a waitlist and a room,
 * attendance, exports. Photos are kept in the file store chosen from the environment (as help's
 * attachments); the multipart parser is registered in this scope only.
 */
const clubsPlugin: FastifyPluginAsync = async (app) => {
  const contentCheck = createContentCheck(app.config);
  const store = app.fileStore;
  await app.register(publicImageRoutes, { store, contentCheck, pushToken: app.config.wechat.pushToken });
  await app.register(async (signedIn) => {
    signedIn.addHook('onRequest', app.authenticate);
    await signedIn.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 2, parts: 3 } });
    await signedIn.register(clubRoutes, { contentCheck });
    await signedIn.register(membershipRoutes);
    await signedIn.register(eventRoutes, { contentCheck });
    await signedIn.register(eventLeaderRoutes);
    await signedIn.register(checkInRoutes);
    await signedIn.register(exportRoutes);
    await signedIn.register(imageUploadRoutes, { store, contentCheck });
  });
};

export default clubsPlugin;

// What the club reminders (jobs/), the seed and the personal-data services use.
export { EVENT_LINK } from './access';
export { reserveRoom, roomForEvent } from './room-reservation';
