import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import consentRoutes from './consent-routes';
import deskDecisionRoutes from './desk-decision-routes';
import deskRoutes from './desk-routes';
import directoryRoutes from './directory-routes';
import manageRoutes from './manage-routes';
import memberRoutes from './member-routes';
import noteRoutes from './note-routes';
import ownAppointmentRoutes from './own-appointment-routes';
import scheduleRoutes from './schedule-routes';

/**
 * 心理咨询预约. Three doors into one sealed compartment: the member's own appointments, the
 * assigned counsellor's desk (audited), and the officers' counts. Refuses to start without a
 * sealing key wherever real notes could be written (app.keyRing, see resolveNoteKey).
 */
const counsellingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  await app.register(consentRoutes);
  await app.register(directoryRoutes);
  await app.register(memberRoutes);
  await app.register(ownAppointmentRoutes);
  await app.register(deskRoutes);
  await app.register(deskDecisionRoutes);
  await app.register(noteRoutes, { cipher: app.keyRing });
  await app.register(scheduleRoutes);
  await app.register(manageRoutes);
};

export default counsellingRoutes;

// What the counselling sweep (jobs/), the seed and the personal-data services use.
export { appointmentRepository, sealContext } from './appointments-repository';
export { anonymiseExpired } from './consent-repository';
export { CONSENT_VERSION, LINKS, MESSAGES, MODE_LABELS, NOTIFY_KIND } from './rules';
export { addMinutes, localDay, localInstant, type Schedule, sessionsOn, shiftDay, weekdayOf } from './slots';
