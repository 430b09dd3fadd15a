import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import adminRoutes from './admin-routes';
import { contentRoutes, uploadRoutes } from './attachment-routes';
import caseRoutes from './case-routes';
import type { HelpDeps } from './context';
import { fileLinks } from './file-links';
import memberRoutes from './member-routes';
import { MAX_ATTACHMENT_BYTES } from './rules';

export { createHelpCaseForMember, type NewHelpCase } from './service';

/**
 * 困难帮扶与求助. The file store is chosen from the environment (see services/file-store); the
 * multipart parser is registered here only, so no other feature accepts uploads by accident.
 */
const helpRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps: HelpDeps = {
    store: app.fileStore,
    links: fileLinks(app.db, process.env.FILE_LINK_SECRET || undefined),
  };
  app.addHook('onReady', deps.links.ready);
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 } });

  // Attachments also open with a temporary signed link, which an <Image> can use without a header.
  await app.register(contentRoutes, deps);
  await app.register(async (signedIn) => {
    signedIn.addHook('onRequest', app.authenticate);
    await signedIn.register(memberRoutes, deps);
    await signedIn.register(caseRoutes, deps);
    await signedIn.register(adminRoutes);
    await signedIn.register(uploadRoutes, deps);
  });
};

export default helpRoutes;
export type { HelpStatus } from './rules';
export { AUTO_CLOSE_DAYS } from './rules';
export { RATING_LABELS } from './rules';
export { addWorkingDays, beijingDate, plusDays } from './working-days';
export { caseLink, memberLink } from './notices';
export { helpNotices } from './notices';
export { helpRepository } from './repository';
