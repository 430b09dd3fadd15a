import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import bookingsRoutes from './bookings-routes';
import checkInRoutes from './check-in-routes';
import manageBookingsRoutes from './manage-bookings-routes';
import manageCalendarRoutes from './manage-calendar-routes';
import manageRoomsRoutes from './manage-rooms-routes';
import manageSeriesRoutes from './manage-series-routes';
import manageStandingRoutes from './manage-standing-routes';
import roomsRoutes from './rooms-routes';

/** 活动中心预约. Every route needs a signed-in member and works within the member's own union. */
const bookingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  await app.register(roomsRoutes);
  await app.register(bookingsRoutes);
  await app.register(checkInRoutes);
  await app.register(manageRoomsRoutes);
  await app.register(manageCalendarRoutes);
  await app.register(manageSeriesRoutes);
  await app.register(manageBookingsRoutes);
  await app.register(manageStandingRoutes);
};

export default bookingRoutes;

// 兴趣社团 reserves rooms for club events through these same rules.
export { bookingRepository } from './bookings-repository';
export { cancelOpenBookings } from './cancellations';
export { roomRepository } from './rooms-repository';
export { createSeries } from './series';
export { seriesRepository } from './series-repository';
export {
  formatClock,
  formatDate,
  formatDuration,
  formatInstant,
  isoWeekday,
  localDate,
  localMinutes,
} from '../../time/beijing';
export type { CreateRoomBody, RoomRecord } from './schemas';
export { LOCK_MEMBER, LOCK_ROOM } from './bookings-repository';
export { MY_BOOKINGS_LINK } from './links';
export { bookingLabel } from './rules';
export { slotCapacity, slotsOn } from './slots';
export { standingRepository } from './standing-repository';
