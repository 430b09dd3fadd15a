import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { badRequest, notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { INT4_MAX } from '../../plugins/request-schema';
import { bookingRepository } from './bookings-repository';
import { notifyCancelled } from './cancellations';
import { now } from '../../clock';
import { type BookingCursor, bookingReads } from './booking-reads-repository';
import { bookForMember } from './member-booking';
import { translateBookingError } from './place';
import { cancelRefusal } from './rules';
import { Booking, CancelBookingBody, CreateBookingBody, MyBookingPage, MyBookingsQuery, tags } from './schemas';
import { toBookingView } from './views';
import { allow, officerOf } from '../../policy';

/** A cancel needs no reason, so a request without a body is read as `{}`. */
async function bodyOptional(request: FastifyRequest) {
  request.body ??= {};
}

/** A page's `after` (the last booking's start in epoch milliseconds, a dot, its id), or 400. */
function parseCursor(after: string): BookingCursor {
  const [ms, id] = after.split('.').map(Number) as [number, number];
  if (id > INT4_MAX) throw badRequest('分页位置不正确，请从第一页重新加载', 'BAD_CURSOR');
  return { startsAt: new Date(ms), id };
}

const bookingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;

  app.post(
    '/bookings',
    {
      schema: {
        operationId: 'createBooking',
        tags,
        summary:
          '预约一个时段：容量、同一时段一次、每日/每周/未使用上限、预约窗口与放号时间、闭馆、暂停资格都在事务内检查',
        body: CreateBookingBody,
        response: { 201: Booking, ...errors(400, 401, 404, 409) },
      },
      config: { callerInFirstQuery: true },
    },
    async (request, reply) => {
      const startsAt = new Date(request.body.startsAt);
      if (Number.isNaN(startsAt.getTime())) throw badRequest('时段开始时间格式不正确');
      try {
        const booking = await bookForMember(app.db, request, {
          roomId: request.body.roomId,
          startsAt,
          note: request.body.note,
          now: now(),
          templates,
        });
        return reply.status(201).send(booking);
      } catch (error) {
        throw translateBookingError(error);
      }
    },
  );

  app.get(
    '/bookings',
    {
      schema: {
        operationId: 'listMyBookings',
        tags,
        summary: '我的预约：upcoming 未结束的（按时间先后），past 已结束、取消或未到场的（最近的在前）',
        querystring: MyBookingsQuery,
        response: { 200: MyBookingPage, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { memberId } = request.caller;
      const { scope = 'upcoming', limit = 20, after } = request.query;
      const at = now();
      const { rows, total, next } = await bookingReads(app.db).mine({
        memberId,
        scope,
        now: at,
        limit,
        after: after === undefined ? undefined : parseCursor(after),
      });
      return {
        items: rows.map((row) => toBookingView(row, at)),
        total,
        nextCursor: next && `${next.startsAt.getTime()}.${next.id}`,
      };
    },
  );

  app.get(
    '/bookings/:id',
    {
      schema: {
        operationId: 'getBooking',
        tags,
        summary: '一条预约（本人或本工会干事）',
        params: IdParams,
        response: { 200: Booking, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const staff = officerOf(caller, caller.unionId);
      const row = await bookingReads(app.db).visibleTo(request.params.id, {
        unionId: caller.unionId,
        memberId: caller.memberId,
        staff,
      });
      if (!row) throw notFound('预约不存在');
      return toBookingView(row, now());
    },
  );

  app.post(
    '/bookings/:id/cancel',
    {
      schema: {
        operationId: 'cancelBooking',
        tags,
        summary: '取消预约：本人须在取消截止前；工会干事可取消本工会未开始的预约并通知会员',
        params: IdParams,
        body: CancelBookingBody,
        response: { 200: Booking, ...errors(400, 401, 404, 409) },
      },
      preHandler: allow('member'),
      preValidation: bodyOptional,
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      await app.db.transaction(async (tx) => {
        const repo = bookingRepository(tx);
        const booking = await repo.findForUpdate(caller.unionId, request.params.id);
        const own = booking?.memberId === caller.memberId;
        if (!booking || (!own && !officerOf(caller, caller.unionId))) throw notFound('预约不存在');
        const refusal = cancelRefusal(booking, booking, at, !own);
        if (refusal) throw refusal;
        const reason = request.body.reason ?? (own ? null : '工会取消');
        await repo.cancel(booking.id, { now: at, reason, by: caller.memberId });
        await repo.release([booking]);
        if (!own) {
          await notifyCancelled(tx, templates, booking, reason);
        }
      });
      const row = await bookingReads(app.db).byId(request.params.id);
      return toBookingView(row!, at);
    },
  );
};

export default bookingsRoutes;
