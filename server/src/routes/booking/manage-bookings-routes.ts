import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict, notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { notify } from '../../services/notify';
import { bookingReads } from './booking-reads-repository';
import { bookingRepository } from './bookings-repository';
import { closureOn } from './grid';
import { gridRepository } from './grid-repository';
import { now } from '../../clock';
import { MY_BOOKINGS_LINK } from './links';
import { DayQuery, DayView, DecideBookingBody, ManagedBookingsQuery } from './manage-schemas';
import { manageRepository } from './manage-repository';
import { roomRepository } from './rooms-repository';
import { bookingLabel } from './rules';
import { Booking, tags } from './schemas';
import { ManagedBookingPage } from './manage-schemas';
import { decodeKeyset } from '../../schemas/keyset';
import { slotCapacity, slotsOn } from './slots';
import { clockLabels, localDate } from '../../time/beijing';
import { toBookingView } from './views';
import { allow } from '../../policy';

/** Staff: the approval queue, decisions, and the day view of every room. */
const manageBookingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;

  app.get(
    '/manage/bookings',
    {
      schema: {
        operationId: 'listManagedBookings',
        tags,
        summary: '本工会的预约（如 status=pending 为待审批），按时间先后',
        querystring: ManagedBookingsQuery,
        response: { 200: ManagedBookingPage, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const { status, roomId, from, to, limit = 20, after } = request.query;
      const key = decodeKeyset(after, ['micros', 'number'] as const);
      const { rows, total, next } = await bookingReads(app.db).ofUnion({
        unionId: caller.unionId,
        status,
        roomId,
        from,
        to,
        limit,
        after: key,
      });
      const at = now();
      return { items: rows.map((row) => toBookingView(row, at)), total, next };
    },
  );

  app.post(
    '/manage/bookings/:id/decide',
    {
      schema: {
        operationId: 'decideBooking',
        tags,
        summary: '审批预约：approve 通过，reject 驳回（附理由，释放名额），结果通知会员',
        params: IdParams,
        body: DecideBookingBody,
        response: { 200: Booking, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      const { decision } = request.body;
      await app.db.transaction(async (tx) => {
        const repo = bookingRepository(tx);
        const booking = await repo.findForUpdate(caller.unionId, request.params.id);
        if (!booking) throw notFound('预约不存在');
        if (booking.status !== 'pending') throw conflict('该预约不在待审批状态', 'NOT_PENDING');
        const label = bookingLabel(booking.startsAt, booking.endsAt);
        if (decision === 'approve') {
          if (booking.startsAt <= at) throw conflict('该预约时段已开始，不能再审批', 'SLOT_PAST');
          await repo.decide(booking.id, {
            status: 'confirmed',
            now: at,
            reason: request.body.reason ?? null,
            by: caller.memberId,
          });
          await notify(tx, templates, {
            memberId: booking.memberId,
            kind: 'booking',
            title: `预约已通过：${booking.roomName}`,
            body: label,
            link: MY_BOOKINGS_LINK,
          });
        } else {
          const reason = request.body.reason ?? '未通过审批';
          await repo.decide(booking.id, { status: 'rejected', now: at, reason, by: caller.memberId });
          await repo.release([booking]);
          await notify(tx, templates, {
            memberId: booking.memberId,
            kind: 'booking',
            title: `预约未通过：${booking.roomName}`,
            body: `${label}。原因：${reason}`,
            link: MY_BOOKINGS_LINK,
          });
        }
      });
      const row = await bookingReads(app.db).byId(request.params.id);
      return toBookingView(row!, at);
    },
  );

  app.get(
    '/manage/day',
    {
      schema: {
        operationId: 'getDayView',
        tags,
        summary: '某天每个场地每个时段的预约与签到情况（不含已取消、已驳回）',
        querystring: DayQuery,
        response: { 200: DayView, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const date = request.query.date ?? localDate(now());
      const rooms = await roomRepository(app.db).list(caller.unionId);
      const ids = rooms.map((r) => r.id);
      const { counters, closures } = await gridRepository(app.db).grid({
        roomIds: ids,
        unionId: caller.unionId,
        from: date,
        to: date,
      });
      const bookings = await manageRepository(app.db).dayBookings(ids, date);
      return {
        date,
        rooms: rooms.map((room) => {
          const own = bookings.filter((b) => b.roomId === room.id);
          // Bookings made before the room's hours changed keep their own times beside the grid.
          const starts = new Map(
            slotsOn(room, date).map((s) => [s.startsAt.getTime(), { startsAt: s.startsAt, endsAt: s.endsAt }]),
          );
          for (const b of own)
            if (!starts.has(b.startsAt.getTime()))
              starts.set(b.startsAt.getTime(), { startsAt: b.startsAt, endsAt: b.endsAt });
          const slots = [...starts.values()]
            .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
            .map(({ startsAt, endsAt }) => ({
              startsAt,
              endsAt,
              date,
              ...clockLabels(startsAt, endsAt),
              capacity: slotCapacity(room),
              booked: counters.booked(room.id, startsAt),
              bookings: own
                .filter((b) => b.startsAt.getTime() === startsAt.getTime())
                .map(({ roomId: _r, startsAt: _s, endsAt: _e, ...b }) => b),
            }));
          return {
            id: room.id,
            name: room.name,
            mode: room.mode,
            capacity: room.capacity,
            closedReason: closureOn(closures, room.id, date),
            slots,
          };
        }),
      };
    },
  );
};

export default manageBookingsRoutes;
