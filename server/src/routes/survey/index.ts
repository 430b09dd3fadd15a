import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import exportRoutes from './export-routes';
import memberRoutes from './member-routes';
import publishRoutes from './publish-routes';
import rollupRoutes from './rollup-routes';
import draftRoutes from './draft-routes';

/**
 * 会员评议职工之家. Every route needs a signed-in member except the export download, which is
 * opened with a one-time ticket instead.
 */
const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(async (signedIn) => {
    signedIn.addHook('onRequest', app.authenticate);
    await signedIn.register(memberRoutes);
    await signedIn.register(draftRoutes);
    await signedIn.register(publishRoutes);
    await signedIn.register(rollupRoutes);
  });
  await app.register(exportRoutes);
};

export default surveyRoutes;

// What the 建家 figures, the seed and re-sealing use.
export { newReceiptCode } from './ballot-box';
export { openSurvey } from './lifecycle';
export { surveyRepository } from './repository';
export { resealAnswer } from './sealed-answer';
export { type Choice, type Comment, percent, satisfactionRate } from './tally';
export { MIN_GROUP, STANDARD_TEMPLATE } from './template';
